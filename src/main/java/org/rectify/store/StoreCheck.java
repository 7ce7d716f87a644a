package org.rectify.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code PRAGMA integrity_check} and the row counts of the main tables. */
public final class StoreCheck {

    /** Count query → label, in print order. Fixed texts: never user input. */
    private static final Map<String, String> COUNTS = new LinkedHashMap<>();

    static {
        COUNTS.put("SELECT count(*) FROM ticket_row", "tickets");
        COUNTS.put("SELECT count(*) FROM ticket_row WHERE kind = 0 /* complaint */", "complaints");
        COUNTS.put("SELECT count(*) FROM district", "districts");
        COUNTS.put("SELECT count(*) FROM subscriber_count", "subscriber_counts");
        COUNTS.put("SELECT count(*) FROM sync_run", "sync_runs");
        COUNTS.put("SELECT count(*) FROM rejected_row", "rejected_rows");
    }

    /** The outcome: problems is empty when the file is sound. */
    public record Result(List<String> problems, Map<String, Long> counts, int schemaVersion) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private final Store store;

    public StoreCheck(Store store) {
        this.store = store;
    }

    public Result run() {
        try (Connection c = store.connect(); Statement st = c.createStatement()) {
            List<String> problems = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
                while (rs.next()) {
                    String line = rs.getString(1);
                    if (!"ok".equals(line)) {
                        problems.add(line);
                    }
                }
            }
            try (ResultSet rs = st.executeQuery("PRAGMA foreign_key_check")) {
                while (rs.next()) {
                    problems.add("foreign key broken in " + rs.getString(1) + " row " + rs.getLong(2));
                }
            }
            Map<String, Long> counts = new LinkedHashMap<>();
            for (Map.Entry<String, String> e : COUNTS.entrySet()) {
                try (ResultSet rs = st.executeQuery(e.getKey())) {
                    counts.put(e.getValue(), rs.getLong(1));
                }
            }
            return new Result(problems, counts, store.schemaVersion());
        } catch (SQLException e) {
            throw new StoreException("Cannot check the store: " + e.getMessage(), e);
        }
    }
}
