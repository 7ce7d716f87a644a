package org.rectify.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rectify.sync.ImportListener;
import org.rectify.sync.TicketImporter;
import org.rectify.testing.StandardCsv;

/** Roll-ups kept by imports — additions only, then a ticket moved to another slice — equal a rebuild, with no empty rows. */
class IncrementalRollupsTest {

    private static final List<String> TABLES = List.of("rollup_channel_day", "rollup_category_day", "rollup_escalation_day",
            "rollup_problem_month", "rollup_problem_week", "rollup_channel_problem_month", "rollup_closure", "rollup_closure_day");

    @TempDir
    Path folder;

    static List<String> contents(Store store) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = store.connect(); Statement st = c.createStatement()) {
            for (String table : TABLES) {
                try (ResultSet rs = st.executeQuery("SELECT * FROM " + table + " ORDER BY 1, 2, 3, 4")) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder(table);
                        for (int i = 1; i <= columns; i++) {
                            row.append('|').append(rs.getString(i));
                        }
                        // a closure row of zeros adds nothing to any sum; a rebuild keeps those of closed tickets
                        // without the flag, an import also leaves those a moved ticket emptied
                        if (!(table.startsWith("rollup_closure") && row.toString().endsWith("|0|0"))) {
                            rows.add(row.toString());
                        }
                    }
                }
            }
        }
        return rows;
    }

    @Test
    void importsThatOnlyAddAndOnesThatMoveATicketEqualARebuild() throws Exception {
        try (Store store = Store.open(folder.resolve("data"))) {
            TicketImporter importer = new TicketImporter(new SyncLog(store));
            importer.importFile(StandardCsv.create()
                    .ticket("M1", "2014-05-02 10:00:00", "2014-05-02 12:00:00", "龙华", "装维服务", "宽带修障超时", "是", "已归档")
                    .ticket("M2", "2014-05-02 11:00:00", "", "龙华", "装维服务", "宽带修障超时", "", "处理中")
                    .writeTo(folder.resolve("a.csv")), ImportListener.NONE);
            importer.importFile(StandardCsv.create()
                    .ticket("M3", "2014-05-03 10:00:00", "", "坪山", "费用争议", "话费争议", "", "处理中")
                    .writeTo(folder.resolve("b.csv")), ImportListener.NONE);
            List<String> added = contents(store);
            new Rollups(store).rebuild();
            assertEquals(contents(store), added, "additions only");

            // M1 moves to another district and category, M2 is closed: their old rows empty out
            importer.importFile(StandardCsv.create()
                    .ticket("M1", "2014-05-02 10:00:00", "2014-05-02 12:00:00", "坪山", "费用争议", "话费争议", "否", "已归档")
                    .ticket("M2", "2014-05-02 11:00:00", "2014-05-04 09:00:00", "龙华", "装维服务", "宽带修障超时", "是", "已归档")
                    .writeTo(folder.resolve("c.csv")), ImportListener.NONE);
            List<String> moved = contents(store);
            new Rollups(store).rebuild();
            assertEquals(contents(store), moved, "a ticket moved: incremental equals rebuild");
            assertEquals(List.of(), moved.stream().filter(r -> r.matches("rollup_(complaint|category_day|problem_month|escalation_day)\\|.*")
                    && r.split("\\|")[r.startsWith("rollup_problem_month") ? 5 : r.startsWith("rollup_category_day") ? 4
                    : r.startsWith("rollup_escalation_day") ? 5 : 7].equals("0")).toList(), "no empty counting row is left");
        }
    }
}
