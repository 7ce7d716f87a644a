package org.rectify.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rectify.domain.ChecklistItem;
import org.rectify.domain.DateRange;
import org.rectify.domain.Grain;
import org.rectify.domain.ItemKind;
import org.rectify.domain.ItemStatus;
import org.rectify.domain.Period;
import org.rectify.domain.Scope;
import org.rectify.store.Settings;
import org.rectify.store.Store;
import org.rectify.store.SyncLog;
import org.rectify.sync.ImportListener;
import org.rectify.sync.TicketImporter;

/** The checklist's interventions as a trend marks them: problem items raised and done per period of its scope. */
class InterventionsTest {

    private static final Period W10 = Period.parse("2014-W10");
    /** 2014-W09 … 2014-W13. */
    private static final DateRange WEEKS_9_TO_13 = new DateRange(LocalDate.of(2014, 2, 24), LocalDate.of(2014, 3, 31));

    @TempDir
    Path folder;
    private Store store;

    @BeforeEach
    void open() throws Exception {
        store = Store.open(folder.resolve("data"));
        new TicketImporter(new SyncLog(store)).importFile(ChecklistWeeks.earlyWeeks(folder.resolve("early.csv")),
                ImportListener.NONE);
        new Settings(store).set("checklist.top_n", "2");
        new Settings(store).set(ChecklistSettings.USER_NAME, "李主任");
        // W10 in 龙华: three problem items of 装维服务 (two TOP, one rise) and three ticket items
        List<ChecklistItem> added = on("2014-03-11").generate(W10, ChecklistWeeks.DISTRICT).added();
        done(added, ChecklistWeeks.JUMP, "2014-03-12");
        done(added, ChecklistWeeks.RISING, "2014-03-19");
    }

    @AfterEach
    void close() {
        store.close();
    }

    private ChecklistService on(String day) {
        return ChecklistWeeks.on(store, day);
    }

    private void done(List<ChecklistItem> items, String problem, String day) {
        long id = items.stream().filter(i -> i.kind() == ItemKind.PROBLEM && problem.equals(i.problem())).findFirst()
                .orElseThrow().id();
        on(day).edit(List.of(id), ItemPatch.NONE.withOwner("张工").withReviewer("李主任")
                .withStatus(ItemStatus.AWAITING_VERIFICATION));
    }

    private List<InterventionMark> marks(Scope scope, Grain grain, DateRange range) {
        return on("2014-03-20").interventions(scope, grain, range);
    }

    private static InterventionMark week(String week, int raised, int done) {
        return new InterventionMark(Period.parse(week), raised, done);
    }

    @Test
    void aDistrictsWeeksShowItsProblemItemsRaisedAndDone() {
        assertEquals(List.of(week("2014-W10", 3, 0), week("2014-W11", 0, 1), week("2014-W12", 0, 1)),
                marks(new Scope(ChecklistWeeks.DISTRICT, null, null), Grain.WEEK, WEEKS_9_TO_13));
        // all districts: the same items; the category they are in: the same; a channel does not narrow them
        assertEquals(marks(new Scope(ChecklistWeeks.DISTRICT, null, null), Grain.WEEK, WEEKS_9_TO_13),
                marks(new Scope(null, null, null), Grain.WEEK, WEEKS_9_TO_13));
        assertEquals(marks(new Scope(ChecklistWeeks.DISTRICT, null, null), Grain.WEEK, WEEKS_9_TO_13),
                marks(new Scope(ChecklistWeeks.DISTRICT, ChecklistWeeks.INSTALL, "10000号"), Grain.WEEK, WEEKS_9_TO_13));
    }

    @Test
    void ticketItemsOtherDistrictsAndOtherCategoriesAreNotMarked() {
        // 网络质量 has two ticket items in W10 and no problem item
        assertEquals(List.of(), marks(new Scope(ChecklistWeeks.DISTRICT, "网络质量", null), Grain.WEEK, WEEKS_9_TO_13));
        assertEquals(List.of(), marks(new Scope("坪山", null, null), Grain.WEEK, WEEKS_9_TO_13));
    }

    @Test
    void onlyWhatHappenedInsideTheChartsSpanIsMarked() {
        DateRange fromW11 = new DateRange(LocalDate.of(2014, 3, 10), LocalDate.of(2014, 3, 31));
        assertEquals(List.of(week("2014-W11", 0, 1), week("2014-W12", 0, 1)),
                marks(new Scope(ChecklistWeeks.DISTRICT, null, null), Grain.WEEK, fromW11));
        DateRange w10Only = new DateRange(LocalDate.of(2014, 3, 3), LocalDate.of(2014, 3, 10));
        assertEquals(List.of(week("2014-W10", 3, 0)), marks(new Scope(null, null, null), Grain.WEEK, w10Only));
    }

    @Test
    void monthsAndDaysGatherTheSameItems() {
        DateRange march = new DateRange(LocalDate.of(2014, 3, 1), LocalDate.of(2014, 4, 1));
        assertEquals(List.of(new InterventionMark(Period.parse("2014-03"), 3, 2)),
                marks(new Scope(null, null, null), Grain.MONTH, march));
        // raised on their week's Monday, done on the day they reached 待验证
        assertEquals(List.of(new InterventionMark(Period.parse("2014-03-03"), 3, 0),
                        new InterventionMark(Period.parse("2014-03-12"), 0, 1),
                        new InterventionMark(Period.parse("2014-03-19"), 0, 1)),
                marks(new Scope(null, null, null), Grain.DAY, march));
    }
}
