package org.rectify.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rectify.domain.Ticket;
import org.rectify.domain.TicketKind;
import org.rectify.domain.TicketStatus;

/** Schema v19 stores a ticket's kind and status as numbers: a store of v18 keeps every ticket as it was. */
class KindStatusMigrationTest {

    @TempDir
    Path folder;

    @Test
    void everyKindAndStatusReadsBackAsBeforeWithItsRowidAndFlag() throws Exception {
        String[] kinds = {"complaint", "consultation", "suggestion", "praise", "report", "other"};
        try (Store v18 = Store.open(folder, 18); Connection c = v18.connect(); Statement st = c.createStatement()) {
            st.executeUpdate("INSERT INTO sync_run (id, file_name, file_path, content_hash, started_at, status)"
                    + " VALUES (1, 'a.csv', '/a.csv', 'h', '2014-05-01 09:00:00', 'done')");
            st.executeUpdate("INSERT INTO name_code (code, name) VALUES (1, '龙华')");
            for (int i = 0; i < kinds.length * 2; i++) {
                // rowids with gaps, as deletions leave them; every second ticket a repeat
                st.executeUpdate("INSERT INTO ticket_row (rowid, ticket_id, created_at, district_code, kind, status,"
                        + " first_run_id, last_run_id, is_repeat) VALUES (" + (10 * i + 3) + ", 'T" + i + "', "
                        + (1_400_000_000L + i) + ", 1, '" + kinds[i % kinds.length] + "', '" + (i < kinds.length ? "open"
                        : "closed") + "', 1, 1, " + (i % 2) + ")");
            }
        }
        try (Store latest = Store.open(folder)) {
            List<String> expected = new ArrayList<>();
            for (int i = 0; i < kinds.length * 2; i++) {
                expected.add((10 * i + 3) + " T" + i + " " + kinds[i % kinds.length] + " " + (i < kinds.length ? "open"
                        : "closed") + " " + (i % 2));
            }
            assertEquals(expected, rows(latest, "SELECT t.rowid, v.ticket_id, v.kind, v.status, v.is_repeat"
                    + " FROM ticket v JOIN ticket_row t ON t.ticket_id = v.ticket_id ORDER BY t.rowid"), "the view's words");
            assertEquals(List.of("0 2", "1 2", "2 2", "3 2", "4 2", "5 2"),
                    rows(latest, "SELECT kind, count(*) FROM ticket_row GROUP BY kind"), "stored as numbers");
            assertEquals("integer integer", rows(latest, "SELECT DISTINCT typeof(kind) || ' ' || typeof(status)"
                    + " FROM ticket_row").get(0));
            TicketQueries queries = new TicketQueries(latest);
            for (int i = 0; i < kinds.length * 2; i++) {
                Ticket t = queries.byId("T" + i).orElseThrow();
                assertEquals(TicketKind.valueOf(kinds[i % kinds.length].toUpperCase(java.util.Locale.ROOT)), t.kind());
                assertEquals(i < kinds.length ? TicketStatus.OPEN : TicketStatus.CLOSED, t.status());
            }
        }
    }

    @Test
    void numbersRoundTripEveryKindAndStatus() {
        for (TicketKind kind : TicketKind.values()) {
            assertEquals(kind, TicketColumns.kindOf(TicketColumns.kindNumber(kind)));
        }
        for (TicketStatus status : TicketStatus.values()) {
            assertEquals(status, TicketColumns.statusOf(TicketColumns.statusNumber(status)));
        }
        assertEquals(0, TicketColumns.kindNumber(TicketKind.COMPLAINT), "the number the queries name");
    }

    private static List<String> rows(Store store, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = store.connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(i > 1 ? " " : "").append(rs.getString(i));
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }
}
