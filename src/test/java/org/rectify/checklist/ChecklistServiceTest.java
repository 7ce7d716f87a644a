package org.rectify.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rectify.domain.ChecklistItem;
import org.rectify.domain.ItemChange;
import org.rectify.domain.ItemKind;
import org.rectify.domain.Evidence;
import org.rectify.domain.ItemStatus;
import org.rectify.domain.Period;
import org.rectify.store.Settings;
import org.rectify.store.Store;
import org.rectify.store.SyncLog;
import org.rectify.sync.ImportListener;
import org.rectify.sync.TicketImporter;

/** The checklist over a scripted sequence of weeks, with a fixed clock (DESIGN 5, issue 10). */
class ChecklistServiceTest {

    private static final Period W10 = Period.parse("2014-W10");
    private static final Period W11 = Period.parse("2014-W11");
    private static final Period W12 = Period.parse("2014-W12");

    @TempDir
    Path folder;
    private Store store;
    private TicketImporter importer;

    @BeforeEach
    void open() throws Exception {
        store = Store.open(folder.resolve("data"));
        importer = new TicketImporter(new SyncLog(store));
        importer.importFile(ChecklistWeeks.earlyWeeks(folder.resolve("early.csv")), ImportListener.NONE);
        new Settings(store).set("checklist.top_n", "2");
        new Settings(store).set(ChecklistSettings.USER_NAME, "李主任");
    }

    @AfterEach
    void close() {
        store.close();
    }

    private ChecklistService on(String day) {
        return ChecklistWeeks.on(store, day);
    }

    private static Map<String, ChecklistItem> byProblem(List<ChecklistItem> items, ItemKind kind) {
        return items.stream().filter(i -> i.kind() == kind)
                .collect(Collectors.toMap(i -> kind == ItemKind.TICKET ? i.ticketId() : i.problem(), Function.identity()));
    }

    @Test
    void generatesTopProblemsRisesAndTicketsToAnalyse() {
        Generation g = on("2014-03-11").generate(W10, ChecklistWeeks.DISTRICT);
        Map<String, ChecklistItem> problems = byProblem(g.added(), ItemKind.PROBLEM);
        assertEquals(List.of(ChecklistWeeks.STEADY, ChecklistWeeks.RISING, ChecklistWeeks.JUMP),
                g.added().stream().filter(i -> i.kind() == ItemKind.PROBLEM).map(ChecklistItem::problem).toList());
        assertEquals("top", problems.get(ChecklistWeeks.STEADY).rules());
        assertEquals("top,rise", problems.get(ChecklistWeeks.RISING).rules());
        assertEquals("rise", problems.get(ChecklistWeeks.JUMP).rules());
        assertEquals(16, problems.get(ChecklistWeeks.RISING).baseline());
        assertEquals(14, problems.get(ChecklistWeeks.RISING).target());
        assertEquals(18, problems.get(ChecklistWeeks.STEADY).target());
        assertEquals(10, problems.get(ChecklistWeeks.JUMP).target());
        assertEquals(LocalDate.of(2014, 3, 14), problems.get(ChecklistWeeks.RISING).due());

        List<ChecklistItem> tickets = g.added().stream().filter(i -> i.kind() == ItemKind.TICKET).toList();
        assertEquals(List.of("problem", "regulator", "third_complaint"), tickets.stream().map(ChecklistItem::rules).toList());
        assertEquals(ChecklistWeeks.REPEATER, tickets.get(2).subscriber());
        assertTrue(g.added().stream().allMatch(i -> i.district().equals(ChecklistWeeks.DISTRICT)));
        assertTrue(g.added().stream().allMatch(i -> i.status() == ItemStatus.OPEN && i.week().equals(W10)));
    }

    @Test
    void regeneratingAddsNothingAndKeepsEdits() {
        ChecklistService service = on("2014-03-11");
        Generation first = service.generate(W10, null);
        ChecklistItem steady = byProblem(first.added(), ItemKind.PROBLEM).get(ChecklistWeeks.STEADY);
        service.edit(List.of(steady.id()), ItemPatch.NONE.withOwner("张工").withTitle("装机超时专项"));

        Generation again = service.generate(W10, null);
        assertEquals(0, again.added().size());
        assertEquals(first.added().size(), again.alreadyListed());
        ChecklistItem kept = service.item(steady.id()).orElseThrow();
        assertEquals("张工", kept.owner());
        assertEquals("装机超时专项", kept.title());
        // 坪山 has its own items: the paid-but-not-installed ticket and its one problem
        assertEquals(2, service.list(W10, "坪山").rows().size());
    }

    @Test
    void openItemsCarryOverAsTheSameItemsWithTheirAge() {
        ChecklistService service = on("2014-03-11");
        service.generate(W10, ChecklistWeeks.DISTRICT);
        int w10 = service.list(W10, ChecklistWeeks.DISTRICT).rows().size();

        // W11 only adds what is new: the slices already listed stay the same items
        Generation w11 = service.generate(W11, ChecklistWeeks.DISTRICT);
        assertTrue(w11.added().stream().noneMatch(i -> i.kind() == ItemKind.PROBLEM
                && (i.problem().equals(ChecklistWeeks.STEADY) || i.problem().equals(ChecklistWeeks.RISING))));
        WeekChecklist list = service.list(W11, ChecklistWeeks.DISTRICT);
        List<ItemRow> carried = list.rows().stream().filter(ItemRow::isCarriedOver).toList();
        assertEquals(w10, carried.size());
        assertTrue(carried.stream().allMatch(r -> r.ageWeeks() == 1 && r.item().week().equals(W10)));
        assertEquals(3, service.list(Period.parse("2014-W13"), ChecklistWeeks.DISTRICT).rows().stream()
                .filter(r -> r.item().kind() == ItemKind.TICKET && r.ageWeeks() == 3).count());
    }

    @Test
    void signedOffAndCannotFixItemsLeaveTheListAfterTheirWeek() {
        ChecklistService service = on("2014-03-11");
        ChecklistItem item = byProblem(service.generate(W10, ChecklistWeeks.DISTRICT).added(), ItemKind.PROBLEM)
                .get(ChecklistWeeks.JUMP);
        service.edit(List.of(item.id()), ItemPatch.NONE.withOwner("张工").withReviewer("李主任")
                .withStatus(ItemStatus.AWAITING_VERIFICATION));
        ChecklistItem signed = service.edit(List.of(item.id()), ItemPatch.NONE.withStatus(ItemStatus.SIGNED_OFF)).get(0);
        assertEquals(LocalDate.of(2014, 3, 11), signed.closedOn());
        assertTrue(service.list(W11, ChecklistWeeks.DISTRICT).rows().stream().anyMatch(r -> r.item().id() == item.id()));
        assertFalse(service.list(W12, ChecklistWeeks.DISTRICT).rows().stream().anyMatch(r -> r.item().id() == item.id()));
    }

    @Test
    void illegalTransitionsAreRefusedWithAClearMessage() {
        ChecklistService service = on("2014-03-11");
        List<ChecklistItem> items = service.generate(W10, ChecklistWeeks.DISTRICT).added();
        ChecklistItem problem = items.get(0);
        ChecklistItem ticket = items.stream().filter(i -> i.kind() == ItemKind.TICKET).findFirst().orElseThrow();
        long id = problem.id();

        Refusal skip = assertThrows(Refusal.class, () -> service.edit(List.of(id), ItemPatch.NONE.withStatus(ItemStatus.SIGNED_OFF)));
        assertEquals(Refusal.Kind.ILLEGAL_TRANSITION, skip.kind());
        assertEquals("item #" + id + " cannot go from open to signed_off", skip.getMessage());

        assertEquals(Refusal.Kind.OWNER_REQUIRED, assertThrows(Refusal.class,
                () -> service.edit(List.of(id), ItemPatch.NONE.withStatus(ItemStatus.IN_PROGRESS))).kind());
        service.edit(List.of(id), ItemPatch.NONE.withOwner("张工").withStatus(ItemStatus.AWAITING_VERIFICATION));
        assertEquals(Refusal.Kind.SIGN_OFF_WITHOUT_REVIEWER, assertThrows(Refusal.class,
                () -> service.edit(List.of(id), ItemPatch.NONE.withStatus(ItemStatus.SIGNED_OFF))).kind());
        service.edit(List.of(id), ItemPatch.NONE.withReviewer("王经理"));
        Refusal other = assertThrows(Refusal.class, () -> service.edit(List.of(id), ItemPatch.NONE.withStatus(ItemStatus.SIGNED_OFF)));
        assertEquals(Refusal.Kind.SIGN_OFF_BY_OTHER, other.kind());
        assertTrue(other.getMessage().contains("王经理") && other.getMessage().contains("李主任"), other.getMessage());
        assertEquals(ItemStatus.SIGNED_OFF, service.edit(List.of(id), ItemPatch.NONE.withStatus(ItemStatus.SIGNED_OFF),
                "王经理").get(0).status());

        assertEquals(Refusal.Kind.REASON_REQUIRED, assertThrows(Refusal.class, () -> service.edit(List.of(ticket.id()),
                ItemPatch.NONE.withStatus(ItemStatus.CANNOT_FIX))).kind());
        assertEquals(Refusal.Kind.CAUSE_AND_ACTION_REQUIRED, assertThrows(Refusal.class, () -> service.edit(
                List.of(ticket.id()), ItemPatch.NONE.withOwner("张工").withStatus(ItemStatus.AWAITING_VERIFICATION))).kind());
        assertEquals(Refusal.Kind.UNKNOWN_CAUSE, assertThrows(Refusal.class, () -> service.edit(List.of(ticket.id()),
                ItemPatch.NONE.withCause("天气"))).kind());
        // a refused bulk edit changes nothing, not even the items before the refused one
        assertThrows(Refusal.class, () -> service.edit(List.of(ticket.id(), id), ItemPatch.NONE.withOwner("赵六")
                .withStatus(ItemStatus.OPEN)));
        assertEquals(null, service.item(ticket.id()).orElseThrow().owner());
    }

    @Test
    void everyChangeWritesAHistoryRow() {
        ChecklistService service = on("2014-03-11");
        List<ChecklistItem> tickets = service.generate(W10, ChecklistWeeks.DISTRICT).added().stream()
                .filter(i -> i.kind() == ItemKind.TICKET).toList();
        List<Long> ids = tickets.stream().map(ChecklistItem::id).toList();
        service.edit(ids, ItemPatch.NONE.withOwner("张工").withCause("配线错误").withAction("重新配线")
                .withStatus(ItemStatus.IN_PROGRESS));
        for (long id : ids) {
            List<ItemChange> history = service.history(id);
            assertEquals(List.of("created", "owner", "status", "cause", "action"),
                    history.stream().map(ItemChange::field).toList());
            ItemChange status = history.get(2);
            assertEquals("open", status.oldValue());
            assertEquals("in_progress", status.newValue());
            assertEquals("李主任", status.changedBy());
            assertEquals(LocalDate.of(2014, 3, 11), status.changedAt().toLocalDate());
        }
    }

    @Test
    void effectIsVerifiedFromImportedTicketsAndSeesARebound() throws Exception {
        ChecklistService service = on("2014-03-12");
        Map<String, ChecklistItem> items = byProblem(service.generate(W10, ChecklistWeeks.DISTRICT).added(), ItemKind.PROBLEM);
        Map<String, ChecklistItem> tickets = byProblem(service.list(W10, ChecklistWeeks.DISTRICT).rows().stream()
                .map(ItemRow::item).toList(), ItemKind.TICKET);
        long rising = items.get(ChecklistWeeks.RISING).id();
        long steady = items.get(ChecklistWeeks.STEADY).id();
        List<Long> ticketIds = tickets.values().stream().map(ChecklistItem::id).toList();
        service.edit(List.of(rising, steady), ItemPatch.NONE.withOwner("张工").withStatus(ItemStatus.AWAITING_VERIFICATION));
        service.edit(ticketIds, ItemPatch.NONE.withOwner("张工").withCause("配线错误").withAction("重新配线")
                .withStatus(ItemStatus.AWAITING_VERIFICATION));
        assertEquals(Verification.State.PENDING, verification(service, rising).state());
        assertEquals(Verification.State.PENDING, verification(service, ticketIds.get(1)).state());

        importer.importFile(ChecklistWeeks.laterWeeks(folder.resolve("later.csv")), ImportListener.NONE);
        // a month later the weeks after are in the data; "today" never sees data after itself
        assertEquals(Verification.State.PENDING, verification(service, rising).state());
        ChecklistService later = on("2014-04-14");

        Verification r = verification(later, rising);
        assertEquals(Verification.State.REBOUND, r.state());
        assertEquals(14, r.target());
        assertEquals(List.of(10L, 14L, 20L, 9L), r.weeks().stream().map(Verification.WeekCount::count).toList());
        assertEquals(Period.parse("2014-W12"), r.weeks().get(0).week());
        Verification s = verification(later, steady);
        assertEquals(Verification.State.NOT_MET, s.state());
        assertEquals(25L, s.weeks().get(0).count());

        Map<String, Verification> byRule = tickets.values().stream().collect(Collectors.toMap(ChecklistItem::rules,
                i -> verification(later, i.id())));
        assertEquals(Verification.State.FLAGGED, byRule.get("third_complaint").state());
        assertEquals(List.of(LocalDate.of(2014, 3, 20)), byRule.get("third_complaint").laterComplaints().stream()
                .map(t -> t.toLocalDate()).toList());
        // done on 03-12, the 30 days after it end on 04-11, inside the data (to 04-13): verified
        assertEquals(Verification.State.VERIFIED, byRule.get("regulator").state());
    }

    @Test
    void anItemsTrendShowsItsSliceWithTheWeeksItWasRaisedDoneAndVerified() throws Exception {
        ChecklistService service = on("2014-03-12");
        ChecklistItem rising = byProblem(service.generate(W10, ChecklistWeeks.DISTRICT).added(), ItemKind.PROBLEM)
                .get(ChecklistWeeks.RISING);
        rising = service.edit(List.of(rising.id()), ItemPatch.NONE.withOwner("张工")
                .withStatus(ItemStatus.AWAITING_VERIFICATION)).get(0);
        importer.importFile(ChecklistWeeks.laterWeeks(folder.resolve("later.csv")), ImportListener.NONE);
        SliceTrend trend = on("2014-04-14").sliceTrend(rising);
        Map<Period, Long> weeks = trend.weeks().stream().collect(Collectors.toMap(Verification.WeekCount::week,
                Verification.WeekCount::count));
        assertEquals(5L, weeks.get(Period.parse("2014-W09")));
        assertEquals(16L, weeks.get(W10));
        assertEquals(10L, weeks.get(W12));
        assertEquals(20L, weeks.get(Period.parse("2014-W14")));
        assertEquals(14, trend.target());
        assertEquals(W10, trend.raised());
        assertEquals(W11, trend.done());
        assertEquals(Period.parse("2014-W13"), trend.verified(), "verified after its two weeks at target, then rebounded");
    }

    @Test
    void twoWeeksAtTargetVerifyAProblem() throws Exception {
        ChecklistService service = on("2014-03-12");
        long rising = byProblem(service.generate(W10, ChecklistWeeks.DISTRICT).added(), ItemKind.PROBLEM)
                .get(ChecklistWeeks.RISING).id();
        service.edit(List.of(rising), ItemPatch.NONE.withOwner("张工").withStatus(ItemStatus.AWAITING_VERIFICATION));
        importer.importFile(ChecklistWeeks.laterWeeks(folder.resolve("later.csv")), ImportListener.NONE);
        new Settings(store).set("checklist.watch_weeks", "2");
        Verification v = verification(on("2014-04-14"), rising);
        assertEquals(Verification.State.VERIFIED, v.state());
        assertEquals(List.of(10L, 14L), v.weeks().stream().map(Verification.WeekCount::count).toList());
    }

    @Test
    void overdueItemsClimbTheLadderOnWorkingDays() {
        ChecklistService service = on("2014-03-11");
        long id = service.generate(W10, ChecklistWeeks.DISTRICT).added().get(0).id();
        service.edit(List.of(id), ItemPatch.NONE.withDue(LocalDate.of(2014, 4, 30)));
        // 劳动节 2014: 05-01 … 05-03 off, Sunday 05-04 a make-up working day
        Map<String, Integer> expected = new java.util.LinkedHashMap<>();
        expected.put("2014-04-30", 0);
        expected.put("2014-05-01", 1);
        expected.put("2014-05-04", 1);
        expected.put("2014-05-05", 1);
        expected.put("2014-05-06", 2);
        expected.put("2014-05-07", 2);
        expected.put("2014-05-08", 3);
        expected.put("2014-06-30", 3);
        expected.forEach((day, level) -> assertEquals(level, levelOn(day, id), day));

        // a weekend: due Friday 03-14, two working days elapse on Monday and Tuesday
        service.edit(List.of(id), ItemPatch.NONE.withDue(LocalDate.of(2014, 3, 14)));
        assertEquals(1, levelOn("2014-03-17", id));
        assertEquals(1, levelOn("2014-03-18", id));
        assertEquals(2, levelOn("2014-03-19", id));
        // 春节 2014: Saturday 02-08 a make-up working day, so Tuesday 02-11 is already level 2
        service.edit(List.of(id), ItemPatch.NONE.withDue(LocalDate.of(2014, 2, 7)));
        assertEquals(1, levelOn("2014-02-08", id));
        assertEquals(1, levelOn("2014-02-10", id));
        assertEquals(2, levelOn("2014-02-11", id));
        // 清明 2014: Monday 04-07 a holiday, so Wednesday 04-09 is only level 1
        service.edit(List.of(id), ItemPatch.NONE.withDue(LocalDate.of(2014, 4, 4)));
        assertEquals(1, levelOn("2014-04-09", id));
        assertEquals(2, levelOn("2014-04-10", id));
        // done items are never overdue
        service.edit(List.of(id), ItemPatch.NONE.withOwner("张工").withStatus(ItemStatus.AWAITING_VERIFICATION));
        assertEquals(0, levelOn("2014-06-30", id));
    }

    @Test
    void aDemoStoreMeasuresTodayFromItsData() {
        assertEquals(new Today(LocalDate.of(2026, 11, 30), false), on("2026-11-30").today());
        new Settings(store).set(Settings.DEMO_STORE, "true");
        assertEquals(new Today(LocalDate.of(2014, 3, 12), true), on("2026-11-30").today());
    }

    @Test
    void evidenceIsCopiedIntoTheDataFolder() throws Exception {
        ChecklistService service = on("2014-03-11");
        long id = service.generate(W10, ChecklistWeeks.DISTRICT).added().get(0).id();
        Path photo = Files.writeString(folder.resolve("整改前.jpg"), "before");
        service.attach(id, photo);
        service.attach(id, photo);
        List<Path> files = service.evidence(id).stream().map(service::fileOf).toList();
        assertEquals(2, files.size());
        assertTrue(files.stream().allMatch(f -> f.startsWith(store.folder()) && Files.exists(f)), files::toString);
        // the second copy does not overwrite the first: it is kept beside it under a free name
        assertEquals(List.of("整改前.jpg", "2-整改前.jpg"), files.stream().map(f -> f.getFileName().toString()).toList());
        assertEquals("before", Files.readString(files.get(1)));
        assertEquals(List.of("整改前.jpg", "整改前.jpg"), service.evidence(id).stream().map(Evidence::fileName).toList());
        assertEquals("evidence", service.history(id).get(1).field());
    }

    private int levelOn(String day, long id) {
        return on(day).list(W10, ChecklistWeeks.DISTRICT).rows().stream().filter(r -> r.item().id() == id)
                .findFirst().orElseThrow().level();
    }

    private static Verification verification(ChecklistService service, long id) {
        return service.list(W10, ChecklistWeeks.DISTRICT).rows().stream().filter(r -> r.item().id() == id)
                .findFirst().orElseThrow().verification();
    }
}
