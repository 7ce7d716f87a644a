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
 * A week's proposals come in an order of the data, not of how the store happens to code its names: two
 * stores that met the same names in another order propose the same items in the same order (the demo's
 * checklist, its item numbers and the history played on them were different from one first start to the
 * next).
 */
class ProposalOrderTest {

    @TempDir
    Path folder;

    @Test
    void twoStoresWithTheirNamesCodedInAnotherOrderProposeTheSameItemsInTheSameOrder() throws Exception {
        List<String> first = problemItems("a", List.of("甲上升", "乙上升"));
        List<String> second = problemItems("b", List.of("乙上升", "甲上升"));
        // the two TOP problems, then the rises by their complaints: 甲 (1 → 12) before 乙 (1 → 11)
        assertEquals(List.of("稳定一（装维服务）", "稳定二（装维服务）", "甲上升（装维服务）", "乙上升（装维服务）"), first);
        assertEquals(first, second);
    }

    /** The problem items W10 proposes in a store that first met {@code namesFirst} a year before. */
    private List<String> problemItems(String name, List<String> namesFirst) throws Exception {
        StandardCsv early = StandardCsv.create();
        int id = 0;
        for (String problem : namesFirst) {
            early.ticket("OLD" + id++, "2013-01-07 09:00:00", "", "龙华", "装维服务", problem, "", "处理中");
        }
        StandardCsv weeks = StandardCsv.create();
        LocalDate w09 = LocalDate.of(2014, 2, 24);
        LocalDate w10 = LocalDate.of(2014, 3, 3);
        for (String[] counts : new String[][] {{"稳定一", "20", "20"}, {"稳定二", "19", "19"}, {"甲上升", "1", "12"},
                {"乙上升", "1", "11"}}) {
            for (int week = 0; week < 2; week++) {
                LocalDate monday = week == 0 ? w09 : w10;
                for (int i = 0; i < Integer.parseInt(counts[1 + week]); i++) {
                    weeks.ticket("T" + counts[0].hashCode() + "-" + week + "-" + i,
                            monday.plusDays(i % 7) + String.format(" %02d:00:00", 8 + i % 10), "", "龙华", "装维服务",
                            counts[0], "", "处理中");
                }
            }
        }
        try (Store store = Store.open(folder.resolve(name))) {
            TicketImporter importer = new TicketImporter(new SyncLog(store));
            importer.importFile(early.writeTo(folder.resolve(name + "-early.csv")), ImportListener.NONE);
            importer.importFile(weeks.writeTo(folder.resolve(name + "-weeks.csv")), ImportListener.NONE);
            new Settings(store).set("checklist.top_n", "2");
            return ChecklistWeeks.on(store, "2014-03-11").generate(Period.parse("2014-W10"), "龙华").added().stream()
                    .filter(i -> i.kind() == ItemKind.PROBLEM).map(ChecklistItem::title).toList();
        }
    }
}
