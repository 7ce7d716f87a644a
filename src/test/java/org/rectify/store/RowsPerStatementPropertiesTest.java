package org.rectify.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.rectify.domain.ImportCounts;
import org.rectify.sync.ImportListener;
import org.rectify.sync.TicketImporter;
import org.rectify.testing.StandardCsv;

/**
 * Tickets are written many rows a statement; a statement that meets a stored ticket or a ticket id
 * seen earlier in the file must still count each row exactly as a row-by-row import would: two files
 * drawing their ids from a small pool (so that new, changed, unchanged and repeated ids fall into
 * the same statement) give the counts of a plain model, the model's tickets, and roll-ups and repeat
 * flags equal to a rebuild.
 */
class RowsPerStatementPropertiesTest {

    record Row(int id, int day, String district, String problem, String subscriber, String fcr) {
        String line() {
            return String.join(",", "T" + id, "2014-05-" + (10 + day) + " 09:00:00", "", district, district + "服务中心",
                    "抱怨", "装维服务", problem, "10000号", "", fcr, "处理中", "王伟", subscriber, "", "");
        }

        /** What the store keeps of the row: another row with the same content leaves the ticket unchanged. */
        String content() {
            return String.join("|", "2014-05-" + (10 + day) + " 09:00:00", district, problem, subscriber, fcr);
        }
    }

    @Provide
    Arbitrary<List<Row>> exports() {
        Arbitrary<Row> row = Combinators.combine(Arbitraries.integers().between(1, 45), Arbitraries.integers().between(0, 3),
                Arbitraries.of("龙华", "坪山"), Arbitraries.of("宽带修障超时", "装机慢", "网速慢"),
                Arbitraries.of("13800000001", "13800000002", "13800000003", ""), Arbitraries.of("是", "否", ""))
                .as(Row::new);
        return row.list().ofMinSize(1).ofMaxSize(130);
    }

    /**
     * With {@code lateDecisions} the stored window is read slowly, so that the rows are written before their
     * repeat flags are decided and marked afterwards.
     */
    @Property(tries = 60)
    void countsTicketsRollupsAndRepeatFlagsAreThoseOfRowByRow(@ForAll("exports") List<Row> first,
            @ForAll("exports") List<Row> second, @ForAll boolean lateDecisions) throws Exception {
        Path folder = Files.createTempDirectory("rows-per-statement-");
        try (Store store = Store.open(folder.resolve("data"))) {
            TicketImporter importer = new TicketImporter(lateDecisions ? new SyncLog(store, () -> {
                sleep(60);
                return store.connect();
            }) : new SyncLog(store));
            Map<String, String> model = new TreeMap<>();
            int n = 0;
            // the same bytes again are the same file: skipped as imported already
            for (List<Row> rows : second.equals(first) ? List.of(first) : List.of(first, second)) {
                ImportCounts expected = apply(model, rows);
                StandardCsv csv = StandardCsv.create();
                rows.forEach(r -> csv.line(r.line()));
                ImportCounts counts = importer.importFile(csv.writeTo(folder.resolve("f" + n++ + ".csv")),
                        ImportListener.NONE).counts();
                assertEquals(expected, counts, "rows of file " + n);
            }
            assertEquals(model, stored(store), "every ticket as the model has it");
            List<String> rollups = IncrementalRollupsTest.contents(store);
            Map<String, Integer> flags = repeatFlags(store);
            new Rollups(store).rebuild();
            assertEquals(IncrementalRollupsTest.contents(store), rollups, "roll-ups equal a rebuild");
            assertEquals(repeatFlags(store), flags, "repeat flags equal a rebuild");
        } finally {
            try (var files = Files.walk(folder)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Row by row: an id seen before in the file is rejected; a stored one is unchanged or updated; else inserted. */
    private static ImportCounts apply(Map<String, String> model, List<Row> rows) {
        Set<String> seen = new HashSet<>();
        long inserted = 0;
        long updated = 0;
        long unchanged = 0;
        long rejected = 0;
        for (Row r : rows) {
            String id = "T" + r.id();
            if (!seen.add(id)) {
                rejected++;
            } else if (!model.containsKey(id)) {
                inserted++;
                model.put(id, r.content());
            } else if (model.get(id).equals(r.content())) {
                unchanged++;
            } else {
                updated++;
                model.put(id, r.content());
            }
        }
        return new ImportCounts(rows.size(), inserted, updated, unchanged, rejected);
    }

    private static Map<String, String> stored(Store store) throws Exception {
        Map<String, String> tickets = new TreeMap<>();
        try (Connection c = store.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT ticket_id, created_at, district, problem, coalesce(subscriber, ''),"
                     + " CASE first_contact_resolved WHEN 1 THEN '是' WHEN 0 THEN '否' ELSE '' END FROM ticket")) {
            while (rs.next()) {
                List<String> values = new ArrayList<>();
                for (int i = 2; i <= 6; i++) {
                    values.add(rs.getString(i));
                }
                tickets.put(rs.getString(1), String.join("|", values));
            }
        }
        return tickets;
    }

    private static Map<String, Integer> repeatFlags(Store store) throws Exception {
        Map<String, Integer> flags = new HashMap<>();
        try (Connection c = store.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT ticket_id, is_repeat FROM ticket_row")) {
            while (rs.next()) {
                flags.put(rs.getString(1), rs.getInt(2));
            }
        }
        return flags;
    }
}
