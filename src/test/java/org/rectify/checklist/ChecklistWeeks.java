package org.rectify.checklist;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.rectify.testing.StandardCsv;

/**
 * A hand-made sequence of weeks in 龙华 (2014-W09 … W15) whose checklist is known by hand: see
 * the counts in {@link #earlyWeeks} and {@link #laterWeeks}.
 */
public final class ChecklistWeeks {

    public static final String DISTRICT = "龙华";
    public static final String INSTALL = "装维服务";
    /** Rises 5 → 16 from W09 to W10: TOP and rise; target ⌊16 × 0.9⌋ = 14. */
    public static final String RISING = "宽带修障超时";
    /** 20 in both weeks: TOP only; target 18. */
    public static final String STEADY = "宽带装机超时";
    /** 1 → 12: third in W10, so with TOP-2 a rise only; target 10. */
    public static final String JUMP = "预约后未按时上门";
    public static final String SMALL = "施工不规范";
    public static final String PAID_NOT_INSTALLED = "收费后无法装机";
    public static final String REPEATER = "13900000009";
    public static final String REGULATOR_SUBSCRIBER = "13900000077";

    private final List<String> rows = new ArrayList<>();
    private int next = 1;

    private ChecklistWeeks() {
    }

    /**
     * A store for the desktop's checklist and meeting tests: {@link #earlyWeeks} imported, TOP-2,
     * 李主任 editing, a demo store (so "today" is 2014-03-12, in W11) and W10's checklist generated.
     */
    public static org.rectify.store.Store desktopStore(Path folder) throws Exception {
        var store = org.rectify.store.Store.open(folder.resolve("data"));
        new org.rectify.sync.TicketImporter(new org.rectify.store.SyncLog(store)).importFile(
                earlyWeeks(folder.resolve("early.csv")), org.rectify.sync.ImportListener.NONE);
        var settings = new org.rectify.store.Settings(store);
        settings.set("checklist.top_n", "2");
        settings.set(ChecklistSettings.USER_NAME, "李主任");
        settings.set(org.rectify.store.Settings.DEMO_STORE, "true");
        new ChecklistService(store, java.time.Clock.systemDefaultZone()).generate(org.rectify.domain.Period.parse("2014-W10"), null);
        return store;
    }

    /** The checklist of {@code store} as seen on {@code day} at 09:30 in Shenzhen (a fixed clock). */
    public static ChecklistService on(org.rectify.store.Store store, String day) {
        return new ChecklistService(store, java.time.Clock.fixed(LocalDate.parse(day).atTime(9, 30)
                .toInstant(java.time.ZoneOffset.ofHours(8)), java.time.ZoneOffset.ofHours(8)));
    }

    /** W09 and W10 (2014-02-24 … 2014-03-09), and the first two days of W11. */
    public static Path earlyWeeks(Path file) throws Exception {
        ChecklistWeeks w = new ChecklistWeeks();
        LocalDate w09 = LocalDate.of(2014, 2, 24);
        LocalDate w10 = LocalDate.of(2014, 3, 3);
        w.many(w09, RISING, 5).many(w09, STEADY, 20).many(w09, JUMP, 1).many(w09, SMALL, 3);
        w.many(w10, RISING, 16).many(w10, STEADY, 20).many(w10, JUMP, 12).many(w10, SMALL, 4);
        // ticket items of W10: paid but not installed, a regulator escalation, a third complaint in 30 days
        w.one("2014-03-04 09:00:00", "龙华", INSTALL, PAID_NOT_INSTALLED, "", "13900000001");
        w.one("2014-03-05 09:00:00", "龙华", "网络质量", "手机信号弱", "工信部", REGULATOR_SUBSCRIBER);
        w.one("2014-02-10 09:00:00", "龙华", "网络质量", "掉话", "", REPEATER);
        w.one("2014-02-20 09:00:00", "龙华", "网络质量", "掉话", "", REPEATER);
        w.one("2014-03-06 09:00:00", "龙华", "网络质量", "掉话", "", REPEATER);
        // three complaints, but not within 30 days of the last: no item
        w.one("2014-01-02 09:00:00", "龙华", "网络质量", "掉话", "", "13900000055");
        w.one("2014-02-10 10:00:00", "龙华", "网络质量", "掉话", "", "13900000055");
        w.one("2014-03-07 09:00:00", "龙华", "网络质量", "掉话", "", "13900000055");
        // another district's paid-but-not-installed complaint belongs to its own list
        w.one("2014-03-04 10:00:00", "坪山", INSTALL, PAID_NOT_INSTALLED, "", "13900000002");
        w.many(LocalDate.of(2014, 3, 10), SMALL, 2);
        return w.write(file);
    }

    /**
     * W12 … W15: {@link #RISING} 10, 14, 20, 9 a week (at target for two weeks, then above: a
     * rebound); {@link #STEADY} 25 in W12 (above its target: not met); the repeater complains again
     * on 2014-03-20; data runs to 2014-04-13.
     */
    public static Path laterWeeks(Path file) throws Exception {
        ChecklistWeeks w = new ChecklistWeeks();
        w.next = 1000;
        w.many(LocalDate.of(2014, 3, 17), RISING, 10).many(LocalDate.of(2014, 3, 24), RISING, 14)
                .many(LocalDate.of(2014, 3, 31), RISING, 20).many(LocalDate.of(2014, 4, 7), RISING, 9);
        w.many(LocalDate.of(2014, 3, 17), STEADY, 25);
        w.one("2014-03-20 09:00:00", "龙华", "网络质量", "掉话", "", REPEATER);
        w.one("2014-04-13 18:00:00", "坪山", "网络质量", "掉话", "", "13900000003");
        return w.write(file);
    }

    /** n install complaints of one problem in the week starting {@code monday}, spread over its days. */
    private ChecklistWeeks many(LocalDate monday, String problem, int n) {
        for (int i = 0; i < n; i++) {
            LocalDate day = monday.plusDays(i % 7);
            // each complaint from its own subscriber, so that no repeat rule fires
            one(day + String.format(" %02d:%02d:00", 8 + i % 10, i % 60), DISTRICT, INSTALL, problem, "",
                    String.format("137%08d", next));
        }
        return this;
    }

    private ChecklistWeeks one(String created, String district, String category, String problem, String escalation,
                               String subscriber) {
        rows.add(String.join(",", "CK" + next++, created, "", district, district + "服务中心", "抱怨", category, problem,
                "10000号", escalation, "", "处理中", "王伟", subscriber, "", ""));
        return this;
    }

    private Path write(Path file) throws Exception {
        StandardCsv csv = StandardCsv.create();
        rows.forEach(csv::line);
        return csv.writeTo(file);
    }
}
