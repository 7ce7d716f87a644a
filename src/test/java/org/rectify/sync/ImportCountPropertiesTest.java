package org.rectify.sync;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Assertions;
import org.rectify.store.Store;
import org.rectify.store.SyncLog;
import org.rectify.testing.StandardCsv;

/**
 * Imports of random standard-layout exports with good and bad rows: never a crash, every row
 * either stored or rejected with a reason, and the counts add up — in the run and in the store.
 */
class ImportCountPropertiesTest {

    /** One row: whether its creation time, district and first-contact flag are valid. */
    record Row(boolean goodTime, boolean hasDistrict, String fcr) {
    }

    @Provide
    Arbitrary<List<Row>> exports() {
        Arbitrary<Row> row = net.jqwik.api.Combinators.combine(Arbitraries.of(true, true, true, false),
                Arbitraries.of(true, true, false), Arbitraries.of("是", "否", "", "maybe")).as(Row::new);
        return row.list().ofMinSize(1).ofMaxSize(40);
    }

    @Property(tries = 300)
    void everyRowIsStoredOrRejectedAndTheCountsAddUp(@ForAll("exports") List<Row> rows) throws Exception {
        Path folder = Files.createTempDirectory("import-property-");
        try (Store store = Store.open(folder.resolve("data"))) {
            StandardCsv csv = StandardCsv.create();
            int expectedRejected = 0;
            for (int i = 0; i < rows.size(); i++) {
                Row r = rows.get(i);
                boolean bad = !r.goodTime() || !r.hasDistrict() || r.fcr().equals("maybe");
                expectedRejected += bad ? 1 : 0;
                csv.line(String.join(",", "P" + i, r.goodTime() ? "2014-05-0" + (1 + i % 9) + " 10:00:00" : "not a date", "",
                        r.hasDistrict() ? "龙华" : "", "民治服务中心", "抱怨", "装维服务", "宽带修障超时", "10000号", "", r.fcr(),
                        "处理中", "王伟", "1380000" + String.format("%04d", i), "", ""));
            }
            FileImportResult result = new TicketImporter(new SyncLog(store)).importFile(csv.writeTo(folder.resolve("x.csv")),
                    ImportListener.NONE);
            var counts = result.counts();
            Assertions.assertEquals(rows.size(), counts.read());
            Assertions.assertEquals(expectedRejected, counts.rejected(), result.toString());
            Assertions.assertEquals(counts.read(), counts.inserted() + counts.updated() + counts.unchanged() + counts.rejected());
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + store.file())) {
                Assertions.assertEquals(counts.inserted(), scalar(c, "SELECT count(*) FROM ticket"));
                Assertions.assertEquals(counts.rejected(), scalar(c, "SELECT count(*) FROM rejected_row WHERE reason <> ''"));
                Assertions.assertEquals(counts.inserted(), scalar(c, "SELECT coalesce(sum(tickets), 0) FROM rollup_channel_day"),
                        "the roll-up counts every stored complaint");
            }
        } finally {
            try (var files = Files.walk(folder)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static long scalar(Connection c, String sql) throws Exception {
        try (ResultSet rs = c.createStatement().executeQuery(sql)) {
            return rs.getLong(1);
        }
    }
}
