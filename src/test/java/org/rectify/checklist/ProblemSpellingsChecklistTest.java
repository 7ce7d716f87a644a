package org.rectify.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rectify.domain.ChecklistItem;
import org.rectify.domain.ItemKind;
import org.rectify.domain.Period;
import org.rectify.store.Settings;
import org.rectify.store.Store;
import org.rectify.store.SyncLog;
import org.rectify.sync.ImportListener;
import org.rectify.sync.TicketImporter;
import org.rectify.testing.StandardCsv;

/**
 * "Comcast" and "comcast" are one problem on the checklist as in the TOP list beside it (the NYC 311
 * export writes both): one slice for the TOP-N rule, one item across weeks whichever spelling leads,
 * and an item's weekly counts take every spelling.
 */
class ProblemSpellingsChecklistTest {

    @TempDir
    Path folder;

    @Test
    void spellingsOfOneProblemAreOneSliceOfTheChecklist() throws Exception {
        StandardCsv csv = StandardCsv.create();
        add(csv, "W09", LocalDate.of(2014, 2, 24), "Comcast", 2);
        add(csv, "W09", LocalDate.of(2014, 2, 24), "Noise", 1);
        add(csv, "W10a", LocalDate.of(2014, 3, 3), "Comcast", 3);
        add(csv, "W10b", LocalDate.of(2014, 3, 3), "comcast", 2);
        add(csv, "W10", LocalDate.of(2014, 3, 3), "Noise", 4);
        add(csv, "W11", LocalDate.of(2014, 3, 10), "comcast", 6);
        add(csv, "W12", LocalDate.of(2014, 3, 17), "Noise", 1); // the data reach past W11: its count is final
        try (Store store = Store.open(folder.resolve("data"))) {
            new TicketImporter(new SyncLog(store)).importFile(csv.writeTo(folder.resolve("weeks.csv")), ImportListener.NONE);
            new Settings(store).set("checklist.top_n", "1");
            ChecklistService checklist = ChecklistWeeks.on(store, "2014-03-19");

            // W10: Comcast 3 + comcast 2 = 5 lead Noise's 4 (spelling by spelling, Noise would lead)
            List<ChecklistItem> w10 = problems(checklist.generate(Period.parse("2014-W10"), "龙华").added());
            assertEquals("Comcast（装维服务）", w10.get(0).title());
            assertEquals(Integer.valueOf(5), w10.get(0).baseline());
            assertEquals(List.of(), w10.stream().filter(i -> i.problem().equals("comcast")).toList());

            // W11: "comcast" leads now, but the open W10 item is that problem's item already
            List<ChecklistItem> w11 = problems(checklist.generate(Period.parse("2014-W11"), "龙华").added());
            assertEquals(List.of(), w11.stream().filter(i -> i.problem().equalsIgnoreCase("comcast")).toList());

            // the item's weeks count both spellings: W09 2, W10 5, W11 6
            List<Long> counts = checklist.sliceTrend(w10.get(0)).weeks().stream()
                    .filter(w -> !w.week().start().isBefore(LocalDate.of(2014, 2, 24)))
                    .map(Verification.WeekCount::count).toList();
            assertEquals(List.of(2L, 5L, 6L), counts);
        }
    }

    private static void add(StandardCsv csv, String prefix, LocalDate monday, String problem, int count) {
        for (int i = 0; i < count; i++) {
            csv.ticket(prefix + problem + i, monday.plusDays(i % 5) + " 10:00:00", "", "龙华", "装维服务", problem, "", "处理中");
        }
    }

    private static List<ChecklistItem> problems(List<ChecklistItem> items) {
        return items.stream().filter(i -> i.kind() == ItemKind.PROBLEM).toList();
    }
}
