package org.rectify.analytics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rectify.domain.Period;
import org.rectify.store.ReferenceData;
import org.rectify.store.RollupQueries;
import org.rectify.store.Store;
import org.rectify.store.SyncLog;
import org.rectify.sync.ImportListener;
import org.rectify.sync.TicketImporter;

/** The heat map's columns keep their places from period to period: categories by all-time volume. */
class CategoryMatrixTest {

    @TempDir
    Path folder;

    @Test
    void columnsAreOrderedByAllTimeVolumeWhateverThePeriod() {
        try (Store store = Store.open(folder.resolve("data"))) {
            new TicketImporter(new SyncLog(store)).importFile(Path.of("src/test/resources/kpi/tickets.csv"),
                    ImportListener.NONE);
            RollupQueries rollups = new RollupQueries(store);
            ReferenceData reference = new ReferenceData(store);
            // all time: 装维服务 9 (T3 T4 T8 T9 T10 T12 R7 R8 R10), 渠道服务 9 (T5 T11 W1 W2 W3 R0 R1 R5 R6),
            // 费用争议 6 (T1 T2 T7 R2 R3 R4); a tie goes by name
            List<String> order = List.of("渠道服务", "装维服务", "费用争议");
            // May 2013 alone would put 费用争议 and 装维服务 (2 each) first, May 2014 装维服务 (4)
            CategoryMatrix may2013 = CategoryMatrix.of(Period.parse("2013-05"), rollups, reference, "（未分类）");
            CategoryMatrix may2014 = CategoryMatrix.of(Period.parse("2014-05"), rollups, reference, "（未分类）");
            assertEquals(order, may2013.categories());
            assertEquals(order, may2014.categories());
            assertEquals(reference.districts(), may2013.districts(), "rows in the districts' own order");
            int longhua = may2013.districts().indexOf("龙华");
            assertArrayEquals(new long[] {0, 1, 2}, may2013.counts()[longhua], "龙华 May 2013: T3; T1 T2");
            assertArrayEquals(new long[] {1, 1, 0}, may2013.counts()[1 - longhua], "坪山 May 2013: T5; T4");
        }
    }
}
