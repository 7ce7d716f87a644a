package org.rectify.store;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rectify.domain.Scope;

/**
 * The reads that count complaints per problem over days (v21: no fine roll-up) find everything they need in
 * the tickets' time index: SQLite's plan reads a range of it and no ticket row.
 */
class TicketTimeIndexTest {

    @TempDir
    Path folder;

    @Test
    void problemCountsOverDaysReadOnlyTheTimeIndex() throws Exception {
        List<String> reads = List.of(ProblemCounts.dailySql(Scope.ALL), ProblemCounts.dailySql(new Scope("龙华", "装维服务", "微信")),
                ChecklistData.DAY_SLICES, ChecklistData.SLICE_DAYS, ChecklistData.DONE_SLICE_DAYS);
        try (Store store = Store.open(folder); Connection c = store.connect()) {
            for (String sql : reads) {
                String plan = plan(c, sql);
                assertTrue(plan.contains("USING COVERING INDEX ticket_row_created (created_at>? AND created_at<?)"),
                        () -> sql + "\n" + plan);
            }
        }
    }

    @Test
    void aChannelWithinADistrictReadsARangeOfTheTimeIndexAndItsEdgeDaysWalkIt() throws Exception {
        try (Store store = Store.open(folder); Connection c = store.connect()) {
            for (String sql : List.of(ComplaintSource.TICKETS.categories(), ComplaintSource.TICKETS.escalations())) {
                String plan = plan(c, sql);
                // the repeat flag is not in the index: the matching entries' rows are read for it
                assertTrue(plan.contains("INDEX ticket_row_created (created_at>? AND created_at<?)"), () -> sql + "\n" + plan);
            }
            for (boolean last : new boolean[] {true, false}) {
                String sql = ComplaintSource.TICKETS.edgeDay(last);
                String plan = plan(c, sql);
                assertTrue(plan.contains("SCAN ticket_row USING COVERING INDEX ticket_row_created") && !plan.contains("TEMP B-TREE"),
                        () -> sql + "\n" + plan);
            }
        }
    }

    private static String plan(Connection c, String sql) throws Exception {
        StringBuilder plan = new StringBuilder();
        try (PreparedStatement st = c.prepareStatement("EXPLAIN QUERY PLAN " + sql); ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                plan.append(rs.getString("detail")).append('\n');
            }
        }
        return plan.toString();
    }
}
