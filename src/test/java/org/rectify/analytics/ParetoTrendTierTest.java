package org.rectify.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rectify.domain.Grain;
import org.rectify.domain.Period;
import org.rectify.domain.Scope;
import org.rectify.store.KpiSettings;
import org.rectify.store.ReferenceData;
import org.rectify.store.RollupQueries;
import org.rectify.store.RollupQueries.ClosureUnit;
import org.rectify.store.Store;
import org.rectify.store.SyncLog;
import org.rectify.sync.ImportListener;
import org.rectify.sync.SubscriberImporter;
import org.rectify.sync.TicketImporter;

/** Pareto, trend and QC tiers on the hand-built set of src/test/resources/kpi (see KpiServiceTest). */
class ParetoTrendTierTest {

    private static final double EPS = 1e-9;

    @TempDir
    static Path folder;
    private static Store store;

    @BeforeAll
    static void load() {
        store = Store.open(folder);
        new TicketImporter(new SyncLog(store)).importFile(Path.of("src/test/resources/kpi/tickets.csv"), ImportListener.NONE);
        new SubscriberImporter(new ReferenceData(store)).importFile(Path.of("src/test/resources/kpi/subscribers.csv"));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void paretoRanksProblemsAndKeepsBlankProblemsInTheTotalOnly() {
        Pareto p = new ParetoService(new RollupQueries(store)).top(Period.parse("2014-05"), Scope.ALL, 2);
        // May 2014: P2 ×3 (T8 T9 T12), P1 ×1 (T7), P4 ×1 (T10), blank ×1 (T11): total 6
        assertEquals(6, p.total());
        assertEquals(List.of("P2", "P1"), p.items().stream().map(Pareto.Item::problem).toList());
        assertEquals(0.5, p.items().get(0).share(), EPS);
        assertEquals(4.0 / 6, p.items().get(1).cumulative(), EPS);
        // others: P4 and the blank problem
        assertEquals(2, p.othersCount());
        assertEquals(2.0 / 6, p.othersShare(), EPS);
        // cumulative: P2 3/6, P1 4/6, P4 5/6 ≥ 80 %: three problems
        assertEquals(3, p.itemsTo80Percent());
    }

    @Test
    void aTrendAlignsTheSameMonthAndIsoWeekAYearEarlier() {
        TrendService trends = new TrendService(new RollupQueries(store), new ReferenceData(store), new KpiSettings(store));
        List<TrendPoint> months = trends.series(Metric.COMPLAINTS, Grain.MONTH, Period.parse("2014-04"),
                Period.parse("2014-05"), Scope.ALL);
        assertEquals(2, months.size());
        assertEquals("2014-04", months.get(0).period().toString());
        assertEquals(0.0, months.get(0).value(), EPS);
        assertEquals(6.0, months.get(1).value(), EPS);
        assertEquals(5.0, months.get(1).previous(), EPS);
        // 2013-04 ends before the store's first complaint (2013-05-02): no data, not zero
        assertNull(months.get(0).previous());
        assertFalse(months.get(1).partial());
        // the data ends on 2016-01-02 (W2): January 2016 is partial and is compared with 2015-01-01 .. 01-02,
        // which holds nothing (R0 came on 01-20); 2015-12 is whole: W1 against 2014-12's W3
        List<TrendPoint> edge = trends.series(Metric.COMPLAINTS, Grain.MONTH, Period.parse("2015-12"),
                Period.parse("2016-01"), Scope.ALL);
        assertEquals(1.0, edge.get(0).value(), EPS);
        assertEquals(1.0, edge.get(0).previous(), EPS);
        assertTrue(edge.get(1).partial());
        assertEquals(1.0, edge.get(1).value(), EPS);
        assertEquals(0.0, edge.get(1).previous(), EPS, "the same two days of 2015, not all of January");
        // 2014-W19 (05-05 .. 05-11): T8 T9 T10; 2013-W19 (05-06 .. 05-12): T3 (05-10)
        List<TrendPoint> weeks = trends.series(Metric.COMPLAINTS, Grain.WEEK, Period.parse("2014-W19"),
                Period.parse("2014-W19"), Scope.ALL);
        assertEquals(3.0, weeks.get(0).value(), EPS);
        assertEquals(1.0, weeks.get(0).previous(), EPS);
    }

    @Test
    void everyMetricsSeriesGivesWhatTheKpisGiveForEachPeriodAndScope() {
        TrendService trends = new TrendService(new RollupQueries(store), new ReferenceData(store), new KpiSettings(store));
        KpiService kpis = new KpiService(new RollupQueries(store), new ReferenceData(store), new KpiSettings(store));
        java.time.LocalDate start = java.time.LocalDate.of(2013, 5, 1);
        java.time.LocalDate end = java.time.LocalDate.of(2016, 1, 1);
        for (Scope scope : List.of(Scope.ALL, new Scope("龙华", null), new Scope(null, "装维服务"), new Scope("坪山", "装维服务"),
                new Scope(null, null, "10000号"))) {
            for (Grain grain : List.of(Grain.MONTH, Grain.QUARTER, Grain.WEEK, Grain.DAY)) {
                // days over the weeks around the data's last day (2016-01-02: a partial week and month), the rest over all
                Period from = Period.of(grain, grain == Grain.DAY ? java.time.LocalDate.of(2015, 12, 1) : start);
                Period to = Period.of(grain, end);
                java.util.Map<Metric, List<TrendPoint>> series = trends.series(java.util.EnumSet.allOf(Metric.class), grain, from,
                        to, scope);
                int periods = series.get(Metric.COMPLAINTS).size();
                for (int i = 0; i < periods; i++) {
                    KpiReport report = kpis.compute(series.get(Metric.COMPLAINTS).get(i).period(), null, scope);
                    for (Metric metric : Metric.values()) {
                        TrendPoint point = series.get(metric).get(i);
                        KpiValue kpi = report.metrics().get(metric);
                        String where = metric + " " + point.period() + " " + scope;
                        assertEquals(kpi.value(), point.value(), where);
                        assertEquals(kpi.previous(), point.previous(), where);
                    }
                }
            }
        }
    }

    @Test
    void tiersByFirstContactResolutionPerDistrictAndServiceCenter() {
        TierService tiers = new TierService(new RollupQueries(store), new KpiSettings(store));
        List<TierService.TierRow> districts = tiers.tiers(Period.parse("2014-05"), ClosureUnit.DISTRICT, Scope.ALL);
        // closed in May 2014: 龙华 T7 T8 T9 all yes = 100 %; 坪山 T10 no = 0 %
        assertEquals("坪山", districts.get(0).unit());
        assertEquals(QcTier.SUPERVISION, districts.get(0).tier());
        assertEquals("龙华", districts.get(1).unit());
        assertEquals(QcTier.SELF_CHECK, districts.get(1).tier());
        List<TierService.TierRow> centers = tiers.tiers(Period.parse("2013-05"), ClosureUnit.SERVICE_CENTER, Scope.ALL);
        // 坪山/坪山服务中心: T4 closed without a flag: no rate, no tier
        TierService.TierRow pingshan = centers.stream().filter(r -> r.unit().equals("坪山/坪山服务中心")).findFirst().orElseThrow();
        assertNull(pingshan.rate());
        assertNull(pingshan.tier());
    }

    @Test
    void tierBoundariesAtExactlyNinetyFiveAndNinetyThreePercent() {
        assertEquals(QcTier.SELF_CHECK, QcTier.of(95, 100, 0.95, 0.93));
        assertEquals(QcTier.SELF_CHECK, QcTier.of(19, 20, 0.95, 0.93));
        assertEquals(QcTier.SUPPORT, QcTier.of(9_499, 10_000, 0.95, 0.93));
        assertEquals(QcTier.SUPPORT, QcTier.of(93, 100, 0.95, 0.93));
        assertEquals(QcTier.SUPERVISION, QcTier.of(9_299, 10_000, 0.95, 0.93));
        assertNull(QcTier.of(0, 0, 0.95, 0.93));
    }
}
