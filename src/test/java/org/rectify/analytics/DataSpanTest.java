package org.rectify.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rectify.domain.Grain;
import org.rectify.domain.Period;
import org.rectify.domain.Scope;
import org.rectify.store.KpiSettings;
import org.rectify.store.ReferenceData;
import org.rectify.store.RollupQueries;
import org.rectify.store.Store;
import org.rectify.store.SyncLog;
import org.rectify.sync.ImportListener;
import org.rectify.sync.SubscriberImporter;
import org.rectify.sync.TicketImporter;

/**
 * Periods before, after and straddling the data's span, over the hand set of KpiServiceTest: its
 * first complaint is T1 on 2013-05-02, its last W2 on 2016-01-02. Outside the span every value is
 * null with the span as reason, never 0 and never a change; inside it, a scope without complaints
 * is a true zero.
 */
class DataSpanTest {

    private static final String OUTSIDE = "the data covers 2013-05-02 … 2016-01-02";

    @TempDir
    static Path folder;
    private static Store store;
    private static KpiService kpis;
    private static TrendService trends;
    private static ParetoService pareto;

    @BeforeAll
    static void load() {
        store = Store.open(folder.resolve("data"));
        new TicketImporter(new SyncLog(store)).importFile(Path.of("src/test/resources/kpi/tickets.csv"), ImportListener.NONE);
        new SubscriberImporter(new ReferenceData(store)).importFile(Path.of("src/test/resources/kpi/subscribers.csv"));
        RollupQueries rollups = new RollupQueries(store);
        kpis = new KpiService(rollups, new ReferenceData(store), new KpiSettings(store));
        trends = new TrendService(rollups, new ReferenceData(store), new KpiSettings(store));
        pareto = new ParetoService(rollups);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void theSpanRunsFromTheFirstToTheLastComplaintInTheStore() {
        DataSpan span = kpis.dataSpan().orElseThrow();
        assertEquals("2013-05-02", span.first().toString());
        assertEquals("2016-01-02", span.last().toString());
    }

    /** Before the data at every grain: 2013-05-01 is the day before T1; 2013-W17 ends 2013-04-28. */
    @ParameterizedTest
    @ValueSource(strings = {"2013-05-01", "2013-W17", "2013-04", "2012-Q4", "2012"})
    void aPeriodBeforeTheDataHasNoValueAtAll(String period) {
        KpiReport r = kpis.compute(Period.parse(period), null, Scope.ALL);
        assertEquals(OUTSIDE, r.outside().text());
        for (Metric m : Metric.values()) {
            KpiValue v = r.metrics().get(m);
            assertNull(v.value(), m + " of " + period);
            assertNull(v.previous(), m + " a year before " + period);
            assertNull(v.change(), m + " change of " + period);
            assertEquals(Reason.Kind.OUTSIDE_DATA, v.reason().kind(), m.key());
            assertFalse(v.reason().comparison());
        }
    }

    /** After the data at every grain: W2 on 2016-01-02 is the last complaint (a Saturday of 2015-W53). */
    @ParameterizedTest
    @ValueSource(strings = {"2016-01-03", "2016-W01", "2016-02", "2016-Q2", "2017"})
    void aPeriodAfterTheDataHasNoValueButItsComparisonKeepsItsOwn(String period) {
        KpiReport r = kpis.compute(Period.parse(period), null, Scope.ALL);
        assertNotNull(r.outside());
        KpiValue complaints = r.metrics().get(Metric.COMPLAINTS);
        assertNull(complaints.value());
        assertNull(complaints.change(), "never a change, never −100 %");
        assertEquals(OUTSIDE, complaints.reason().text());
    }

    @Test
    void aPeriodAfterTheDataComparesWithNothingEvenWhenLastYearHadComplaints() {
        // 2016-01-03 .. 2016-01-09 is after W2; 2015-W01 held none, 2015-01 (R0 on 01-20) one
        KpiReport month = kpis.compute(Period.parse("2016-02"), Period.parse("2015-01"), Scope.ALL);
        KpiValue complaints = month.metrics().get(Metric.COMPLAINTS);
        assertNull(complaints.value());
        assertEquals(1.0, complaints.previous());
        assertNull(complaints.change());
    }

    @Test
    void aPeriodStraddlingTheStartCountsItsDaysWithDataAndHasNoComparisonBeforeIt() {
        // 2013 holds T1..T5 (T6 is a consultation); 2012 lies wholly before the data
        KpiReport year = kpis.compute(Period.parse("2013"), null, Scope.ALL);
        assertNull(year.outside());
        KpiValue complaints = year.metrics().get(Metric.COMPLAINTS);
        assertEquals(5.0, complaints.value());
        assertNull(complaints.previous());
        assertNull(complaints.change());
        assertEquals("comparison period: " + OUTSIDE, complaints.reason().text());
        assertTrue(complaints.reason().comparison());
        // 2013-W18 = 2013-04-29 .. 05-05 straddles the first day: T1 and T2
        assertEquals(2.0, kpis.compute(Period.parse("2013-W18"), null, Scope.ALL).metrics().get(Metric.COMPLAINTS).value());
        // the first day itself
        assertEquals(1.0, kpis.compute(Period.parse("2013-05-02"), null, Scope.ALL).metrics().get(Metric.COMPLAINTS).value());
    }

    @Test
    void aPeriodStraddlingTheEndIsPartialAndComparedOverTheSameDays() {
        // 2016-01 holds W2 (01-02); as of 01-02 it compares with 2015-01-01 .. 01-02: none (R0 is on 01-20)
        KpiReport r = kpis.compute(Period.parse("2016-01"), null, Scope.ALL);
        assertTrue(r.partial());
        assertNull(r.outside());
        KpiValue complaints = r.metrics().get(Metric.COMPLAINTS);
        assertEquals(1.0, complaints.value());
        assertEquals(0.0, complaints.previous());
        assertNull(complaints.change(), "from 0: no relative change");
    }

    @Test
    void insideTheSpanADistrictWithoutComplaintsIsATrueZero() {
        // 2014-08: no complaint anywhere, but inside 2013-05-02 .. 2016-01-02
        KpiReport r = kpis.compute(Period.parse("2014-08"), null, new Scope("龙华", null));
        assertNull(r.outside());
        KpiValue complaints = r.metrics().get(Metric.COMPLAINTS);
        assertEquals(0.0, complaints.value());
        assertEquals(0.0, complaints.previous());
        assertNull(complaints.reason());
        KpiValue billing = r.metrics().get(Metric.BILLING_DISPUTE_SHARE);
        assertNull(billing.value(), "a share of no complaint has no value");
        assertEquals(Reason.Kind.NO_COMPLAINT, billing.reason().kind());
        assertEquals(0.0, kpis.compute(Period.parse("2014-08"), null, Scope.ALL).metrics().get(Metric.COMPLAINTS).value());
        assertEquals(0.0, kpis.compute(Period.parse("2014-W33"), null, Scope.ALL).metrics().get(Metric.ESCALATIONS_MAJOR).value());
    }

    @Test
    void aTrendHasNoPointsOutsideTheDataAndTrueZerosInside() {
        List<TrendPoint> months = trends.series(Metric.COMPLAINTS, Grain.MONTH, Period.parse("2013-03"),
                Period.parse("2013-06"), Scope.ALL);
        assertNull(months.get(0).value());
        assertEquals(OUTSIDE, months.get(0).reason().text());
        assertNull(months.get(1).value());
        assertEquals(5.0, months.get(2).value());
        assertEquals(0.0, months.get(3).value(), "June 2013 is inside the data and has no complaint");
        months.forEach(p -> assertNull(p.previous(), "2012 lies before the data: " + p.period()));

        List<TrendPoint> end = trends.series(Metric.COMPLAINTS, Grain.MONTH, Period.parse("2015-12"),
                Period.parse("2016-02"), Scope.ALL);
        assertEquals(List.of(1.0, 1.0), List.of(end.get(0).value(), end.get(1).value()));
        assertTrue(end.get(1).partial());
        assertNull(end.get(2).value());
        assertEquals(OUTSIDE, end.get(2).reason().text());
        // last year: 2014-12 holds W3; 2015-01 over the same two days holds none; 2015-02 none
        assertEquals(List.of(1.0, 0.0, 0.0), end.stream().map(TrendPoint::previous).toList());

        List<TrendPoint> days = trends.series(Metric.COMPLAINTS, Grain.DAY, Period.parse("2013-05-01"),
                Period.parse("2013-05-04"), new Scope("坪山", null));
        // 坪山 had no complaint on those days, but 05-02 .. 05-04 lie inside the store's data
        assertNull(days.get(0).value());
        assertEquals(List.of(0.0, 0.0, 0.0), days.subList(1, 4).stream().map(TrendPoint::value).toList());

        List<TrendPoint> weeks = trends.series(Metric.COMPLAINTS, Grain.WEEK, Period.parse("2013-W17"),
                Period.parse("2013-W18"), Scope.ALL);
        assertNull(weeks.get(0).value());
        assertEquals(2.0, weeks.get(1).value());
    }

    @Test
    void theParetoOfAPeriodOutsideTheDataSaysSoAndEachProblemComparesWithLastYear() {
        Pareto before = pareto.top(Period.parse("2013-04"), Scope.ALL, 10);
        assertEquals(OUTSIDE, before.reason().text());
        assertTrue(before.items().isEmpty());
        assertNull(before.othersShare());
        assertEquals(OUTSIDE, pareto.top(Period.parse("2016-02"), Scope.ALL, 10).reason().text());

        // 2014-05: P2 (T8 T9 T12) 3, P1 (T7) 1, P4 (T10) 1; 2013-05: P1 (T1 T2) 2, P2 (T3 T4) 2, P4 none
        Pareto may = pareto.top(Period.parse("2014-05"), Scope.ALL, 10);
        assertNull(may.reason());
        assertEquals(List.of("P2", "P1", "P4"), may.items().stream().map(Pareto.Item::problem).toList());
        assertEquals(List.of(2L, 2L, 0L), may.items().stream().map(Pareto.Item::previous).toList());
        assertEquals(0.5, may.items().get(0).change(), 1e-9);
        assertEquals(-0.5, may.items().get(1).change(), 1e-9);
        assertNull(may.items().get(2).change(), "from 0: no relative change");
        // a year before May 2013 lies outside the data: no comparison at all
        pareto.top(Period.parse("2013-05"), Scope.ALL, 10).items().forEach(i -> assertNull(i.previous()));
    }

    @Test
    void anEmptyStoreHasNoValuesAndSaysWhy() {
        try (Store empty = Store.open(folder.resolve("empty"))) {
            RollupQueries rollups = new RollupQueries(empty);
            KpiReport r = new KpiService(rollups, new ReferenceData(empty), new KpiSettings(empty))
                    .compute(Period.parse("2014-05"), null, Scope.ALL);
            assertEquals(Reason.Kind.NO_DATA, r.outside().kind());
            assertNull(r.metrics().get(Metric.COMPLAINTS).value());
            assertEquals(Reason.Kind.NO_DATA, new ParetoService(rollups).top(Period.parse("2014-05"), Scope.ALL, 5)
                    .reason().kind());
        }
    }
}
