package org.rectify.checklist;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rectify.domain.ChecklistItem;
import org.rectify.domain.ItemKind;
import org.rectify.domain.ItemStatus;
import org.rectify.domain.Period;
import org.rectify.store.Store;

/**
 * Plays the demo's weekly meetings of 2014-W10 … W22, so that the demo opens on a checklist with a
 * history: each Monday the past week's checklist is generated, new items get an owner and a
 * reviewer, owners start work, finish it a week later, reviewers sign off what the data verified,
 * some items are declared cannot fix and some are left to run late. Deterministic: the same store
 * gets the same history.
 */
public final class DemoChecklist {

    public static final Period FIRST_WEEK = Period.parse("2014-W10");
    public static final Period LAST_WEEK = Period.parse("2014-W22");
    static final String SECRETARY = "客服部 陈敏";

    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马",
        "朱", "胡", "郭", "何", "高", "林", "罗"};
    private static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟",
        "涛", "明", "超", "秀英", "华", "平"};
    private static final String[] MANAGERS = {"建国", "国强", "志明", "海燕", "建华", "晓东", "卫东", "丽华", "振宇", "红梅"};
    private static final String[] ACTIONS = {"重新配线并回访用户", "更换入户线路", "协调网络部补建主干", "调配端口资源后装机",
        "重新预约并按时上门", "现场核查后处理"};
    /** Weeks after its checklist that an owner starts an item, and finishes it. */
    private static final int STARTS_AFTER_WEEKS = 1;
    private static final int DONE_AFTER_WEEKS = 2;
    private static final int LINGERS_WEEKS = 5;
    /** Weeks of data at or below target before a reviewer signs a problem item off. */
    private static final int SIGN_OFF_AFTER_WEEKS = 4;

    private final Store store;
    private final List<String> districts = new ArrayList<>();

    public DemoChecklist(Store store) {
        this.store = store;
    }

    /**
     * Plays every meeting up to the one on the Monday of the last week, and generates the last
     * week's checklist on its Sunday, the demo's "today": its meeting is still to come. Returns how
     * many items the checklists hold.
     */
    public int play() {
        int items = 0;
        for (Period week = FIRST_WEEK; week.compareTo(LAST_WEEK) < 0; week = week.next()) {
            items += meeting(week);
        }
        return items + serviceOn(LAST_WEEK.lastDay()).generate(LAST_WEEK, null, SECRETARY).added().size();
    }

    private ChecklistService serviceOn(LocalDate day) {
        return ChecklistService.replaying(store, Clock.fixed(day.atTime(10, 0).atZone(ZoneId.systemDefault()).toInstant(),
                ZoneId.systemDefault()));
    }

    /** The meeting on the Monday after {@code week}: generate, assign, and move what people did that week. */
    private int meeting(Period week) {
        LocalDate monday = week.end();
        ChecklistService service = serviceOn(monday);
        if (districts.isEmpty()) {
            districts.addAll(service.districts());
        }
        int added = service.generate(week, null, SECRETARY).added().size();
        List<String> causes = service.causes();
        Map<String, Map<Long, ItemPatch>> byWho = new LinkedHashMap<>();
        for (ItemRow row : service.list(week, null).rows()) {
            decide(row, week, monday, causes, byWho);
        }
        Map<Long, ItemPatch> patches = new LinkedHashMap<>();
        Map<Long, String> who = new java.util.HashMap<>();
        byWho.forEach((person, theirs) -> theirs.forEach((id, patch) -> {
            patches.put(id, patch);
            who.put(id, person);
        }));
        service.editEach(patches, who::get);
        return added;
    }

    private void decide(ItemRow row, Period week, LocalDate monday, List<String> causes,
                        Map<String, Map<Long, ItemPatch>> byWho) {
        ChecklistItem item = row.item();
        long id = item.id();
        int d = Math.max(0, districts.indexOf(item.district()));
        String owner = SURNAMES[(d + 5 + (int) (id % 3)) % SURNAMES.length] + GIVEN[(d * 3 + (int) (id % 3)) % GIVEN.length];
        String reviewer = SURNAMES[d % SURNAMES.length] + MANAGERS[d % MANAGERS.length];
        int age = row.ageWeeks();
        // one item in twenty is left to run late for a few weeks; one in seven takes a week longer
        boolean lingers = id % 20 == 0 && age < LINGERS_WEEKS;
        if (age == 0) {
            put(byWho, SECRETARY, id, ItemPatch.NONE.withOwner(owner).withReviewer(reviewer));
        } else if (id % 41 == 0 && item.status().isPending()) {
            put(byWho, owner, id, ItemPatch.NONE.withStatus(ItemStatus.CANNOT_FIX)
                    .withCannotFixReason("无主干资源，已纳入下半年建设计划"));
        } else if (item.status() == ItemStatus.OPEN && !lingers && age >= STARTS_AFTER_WEEKS) {
            put(byWho, item.owner(), id, ItemPatch.NONE.withStatus(ItemStatus.IN_PROGRESS));
        } else if (item.status() == ItemStatus.OPEN && lingers && week.equals(LAST_WEEK.previous())) {
            // the meeting asked for it the next day; it was not done
            put(byWho, SECRETARY, id, ItemPatch.NONE.withDue(monday.plusDays(1)).withNotes("例会要求次日完成"));
        } else if (item.status() == ItemStatus.IN_PROGRESS && age >= DONE_AFTER_WEEKS + (id % 7 == 0 ? 1 : 0)) {
            ItemPatch done = ItemPatch.NONE.withStatus(ItemStatus.AWAITING_VERIFICATION);
            if (item.kind() == ItemKind.TICKET) {
                done = done.withCause(causes.get((int) (id % Math.min(6, causes.size()))))
                        .withAction(ACTIONS[(int) (id % ACTIONS.length)]);
            } else {
                done = done.withAction("专项整改：" + (item.problem() == null ? item.title() : item.problem()));
            }
            put(byWho, item.owner(), id, done);
        } else if (item.status() == ItemStatus.AWAITING_VERIFICATION) {
            review(row, reviewer, byWho);
        }
    }

    /** The reviewer signs off what the data verified long enough, and sends back what missed its target. */
    private static void review(ItemRow row, String reviewer, Map<String, Map<Long, ItemPatch>> byWho) {
        Verification v = row.verification();
        long id = row.item().id();
        boolean longEnough = row.item().kind() != ItemKind.PROBLEM || v.weeks().size() >= SIGN_OFF_AFTER_WEEKS;
        switch (v.state()) {
            case VERIFIED -> {
                if (longEnough) {
                    put(byWho, reviewer, id, ItemPatch.NONE.withStatus(ItemStatus.SIGNED_OFF));
                }
            }
            case NOT_MET -> put(byWho, reviewer, id, ItemPatch.NONE.withStatus(ItemStatus.IN_PROGRESS)
                    .withNotes("复核未达目标，继续整改"));
            case REBOUND, FLAGGED -> put(byWho, reviewer, id, ItemPatch.NONE.withNotes("出现反弹，待例会研究追加措施"));
            default -> { }
        }
    }

    private static void put(Map<String, Map<Long, ItemPatch>> byWho, String who, long id, ItemPatch patch) {
        byWho.computeIfAbsent(who == null ? SECRETARY : who, k -> new LinkedHashMap<>()).put(id, patch);
    }
}
