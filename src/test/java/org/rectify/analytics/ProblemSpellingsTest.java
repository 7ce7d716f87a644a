package org.rectify.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rectify.domain.Period;
import org.rectify.domain.Scope;
import org.rectify.domain.TicketFilter;
import org.rectify.store.KpiSettings;
import org.rectify.store.ReferenceData;
import org.rectify.store.RollupQueries;
import org.rectify.store.Store;
import org.rectify.store.SyncLog;
import org.rectify.store.TicketQueries;
import org.rectify.sync.FileImportResult;
import org.rectify.sync.ImportListener;
import org.rectify.sync.TicketImporter;
import org.rectify.testing.StandardCsv;

/** "Comcast" and "comcast" are one problem: in the Pareto, the TOP share and a drill-down. */
class ProblemSpellingsTest {

    @TempDir
    Path folder;

    @Test
    void spellingsOfOneProblemCountAsOne() throws Exception {
        StandardCsv csv = StandardCsv.create();
        String[] problems = {"Comcast", "Comcast", "comcast", "ＣＯＭＣＡＳＴ", "Verizon", "Verizon", "Verizon", "AT&T"};
        for (int i = 0; i < problems.length; i++) {
            csv.ticket("P" + i, "2014-05-0" + (i % 5 + 1) + " 10:00:00", "", "龙华", "网络", problems[i], "", "处理中");
        }
        try (Store store = Store.open(folder.resolve("data"))) {
            FileImportResult result = new TicketImporter(new SyncLog(store))
                    .importFile(csv.writeTo(folder.resolve("spellings.csv")), ImportListener.NONE);
            assertTrue(result.message().contains("1 row had a problem name with stray or full-width spaces"),
                    result.message());

            RollupQueries rollups = new RollupQueries(store);
            Pareto pareto = new ParetoService(rollups).top(Period.parse("2014-05"), Scope.ALL, 5);
            assertEquals("Comcast", pareto.items().get(0).problem(), "shown in its most used spelling");
            assertEquals(4, pareto.items().get(0).count());
            assertEquals(0.5, pareto.items().get(0).share(), 1e-12);
            assertEquals("Verizon", pareto.items().get(1).problem());
            assertEquals(3, pareto.items().size());

            KpiReport kpis = new KpiService(rollups, new ReferenceData(store), new KpiSettings(store))
                    .compute(Period.parse("2014-05"), null, Scope.ALL);
            assertEquals(0.5, kpis.metrics().get(Metric.TOP_PROBLEM_SHARE).value(), 1e-12, "4 of 8, not 2 of 8");

            TicketFilter behind = TicketFilter.behindFigure(Period.parse("2014-05").range(), Scope.ALL, "Comcast");
            assertEquals(4, new TicketQueries(store).count(behind), "the drill-down finds every spelling");
        }
    }
}
