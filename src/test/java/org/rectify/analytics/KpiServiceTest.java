package org.rectify.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rectify.domain.DateRange;
import org.rectify.domain.Period;
import org.rectify.domain.Scope;
import org.rectify.store.KpiSettings;
import org.rectify.store.ReferenceData;
import org.rectify.store.RollupQueries;
import org.rectify.store.Rollups;
import org.rectify.store.Store;
import org.rectify.store.SyncLog;
import org.rectify.sync.ImportListener;
import org.rectify.sync.SubscriberImporter;
import org.rectify.sync.TicketImporter;

/**
 * Every KPI of DESIGN section 4 against numbers computed by hand from src/test/resources/kpi:
 * tickets in two districts, May 2013 and May 2014, an ISO week 53, repeat complaints in the summer
 * of 2015, and subscriber counts with 坪山 missing for 2014-05. The hand computation is written beside each assertion.
 */
class KpiServiceTest {

    private static final double EPS = 1e-9;
    private static final Path TICKETS = Path.of("src/test/resources/kpi/tickets.csv");

    @TempDir
    static Path folder;
    private static Store store;
    private static KpiService kpis;

    @BeforeAll
    static void load() {
        store = Store.open(folder.resolve("data"));
        new TicketImporter(new SyncLog(store)).importFile(TICKETS, ImportListener.NONE);
        new SubscriberImporter(new ReferenceData(store)).importFile(Path.of("src/test/resources/kpi/subscribers.csv"));
        kpis = service(store);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static KpiService service(Store s) {
        return new KpiService(new RollupQueries(s), new ReferenceData(s), new KpiSettings(s));
    }

    private static KpiValue kpi(KpiReport report, Metric metric) {
        return report.metrics().get(metric);
    }

    @Test
    void allDistrictsMay2014AgainstMay2013() {
        KpiReport r = kpis.compute(Period.parse("2014-05"), null, Scope.ALL);
        assertEquals("2013-05", r.vs().toString());
        assertFalse(r.partial(), "as of 2014-05-31 the month is complete");
        // T7..T12 against T1..T5 (T6 is a consultation): 6 / 5 - 1
        assertValue(kpi(r, Metric.COMPLAINTS), 6, 5, 0.2);
        // 坪山 has no count for 2014-05: null with the reason; 2013: 5 / 1,500 × 1000
        KpiValue rate = kpi(r, Metric.COMPLAINTS_PER_1000);
        assertNull(rate.value());
        assertEquals(5 * 1000.0 / 1500, rate.previous(), EPS);
        assertNull(rate.change());
        assertEquals("no subscriber count for 坪山 in 2014-05", rate.reason().text());
        // closed in May with the flag known: 2014 T7 T8 T9 yes, T10 no (T12 closed in June) = 3/4;
        // 2013 T1 yes, T2 no, T3 yes (T4's flag is unknown) = 2/3
        assertValue(kpi(r, Metric.FIRST_CONTACT_RESOLUTION), 0.75, 2.0 / 3, 0.75 - 2.0 / 3);
        // major: 2014 集团客服 T8 + 通管局 T10; 2013 工信部 T3
        assertValue(kpi(r, Metric.ESCALATIONS_MAJOR), 2, 1, 1.0);
        // regulator: 2014 通管局 T10; 2013 工信部 T3
        assertValue(kpi(r, Metric.ESCALATIONS_REGULATOR), 1, 1, 0.0);
        // 费用争议: 2014 T7 of 6; 2013 T1 T2 of 5
        assertValue(kpi(r, Metric.BILLING_DISPUTE_SHARE), 1.0 / 6, 0.4, 1.0 / 6 - 0.4);
        // 装维服务: 2014 T8 T9 T10 T12; 2013 T3 T4
        assertValue(kpi(r, Metric.INSTALL_REPAIR_COMPLAINTS), 4, 2, 1.0);
        // TOP problem: 2014 P2 (T8 T9 T12) 3 of 6, T11's blank problem not counted; 2013 P1 or P2, 2 of 5
        assertValue(kpi(r, Metric.TOP_PROBLEM_SHARE), 0.5, 0.4, 0.1);
        // T9's subscriber complained (T8) the day before: 1 of 6; 2013 none of 5
        assertValue(kpi(r, Metric.REPEAT_COMPLAINT_SHARE), 1.0 / 6, 0.0, 1.0 / 6);
    }

    @Test
    void targetsGiveRedAmberGreen() {
        KpiReport r = kpis.compute(Period.parse("2014-05"), null, Scope.ALL);
        // default targets: FCR 95 % (0.75 misses by 0.20 > 0.095), billing share 25 % (1/6 meets),
        // TOP share 15 % (0.5 misses), per 1,000 3.0 (no value: no status); complaints have none
        assertEquals(TargetStatus.MISSED, r.status(Metric.FIRST_CONTACT_RESOLUTION));
        assertEquals(TargetStatus.MET, r.status(Metric.BILLING_DISPUTE_SHARE));
        assertEquals(TargetStatus.MISSED, r.status(Metric.TOP_PROBLEM_SHARE));
        assertEquals(TargetStatus.NONE, r.status(Metric.COMPLAINTS_PER_1000));
        assertEquals(3.0, r.target(Metric.COMPLAINTS_PER_1000).orElseThrow(), EPS);
        assertTrue(r.target(Metric.COMPLAINTS).isEmpty());
        // near means missed by at most a tenth of the target, in the metric's bad direction
        assertEquals(TargetStatus.MET, TargetStatus.of(Metric.COMPLAINTS_PER_1000, 3.0, 3.0));
        assertEquals(TargetStatus.NEAR, TargetStatus.of(Metric.COMPLAINTS_PER_1000, 3.25, 3.0));
        assertEquals(TargetStatus.MISSED, TargetStatus.of(Metric.COMPLAINTS_PER_1000, 3.35, 3.0));
        assertEquals(TargetStatus.MET, TargetStatus.of(Metric.FIRST_CONTACT_RESOLUTION, 0.96, 0.95));
        assertEquals(TargetStatus.NEAR, TargetStatus.of(Metric.FIRST_CONTACT_RESOLUTION, 0.90, 0.95));
        assertEquals(TargetStatus.MISSED, TargetStatus.of(Metric.FIRST_CONTACT_RESOLUTION, 0.85, 0.95));
    }

    @Test
    void aRepeatComplaintHasAnEarlierOneOfItsSubscriberAtMostThirtyDaysBefore() {
        // July 2015: complaints R2 R3 R5 R6 R7 R8 R10 = 7 (R9 is a consultation). Repeats:
        // R2 (R1 exactly 30 × 24 h earlier counts, in another category) and R7 (R5 and R6 the day
        // before, in another category). Not: R3 (30 days and 1 s after R2), R5 and R6 (the same second:
        // neither is earlier), R8 (no subscriber), R10 (its earlier contact R9 is no complaint).
        KpiReport july = kpis.compute(Period.parse("2015-07"), null, Scope.ALL);
        KpiValue share = kpi(july, Metric.REPEAT_COMPLAINT_SHARE);
        assertEquals(2.0 / 7, share.value(), EPS);
        // July 2014 has no complaint: a zero denominator
        assertNull(share.previous());
        assertNull(share.change());
        // August: R4 on day 31 after R3 is no repeat
        assertEquals(0.0, kpi(kpis.compute(Period.parse("2015-08"), null, Scope.ALL), Metric.REPEAT_COMPLAINT_SHARE)
                .value(), EPS);
        // the day R2 was created: 1 of 1; 费用争议 in July: R2 of R2 R3
        assertEquals(1.0, kpi(kpis.compute(Period.parse("2015-07-01"), null, Scope.ALL), Metric.REPEAT_COMPLAINT_SHARE)
                .value(), EPS);
        assertEquals(0.5, kpi(kpis.compute(Period.parse("2015-07"), Period.parse("2015-06"), new Scope(null, "费用争议")),
                Metric.REPEAT_COMPLAINT_SHARE).value(), EPS);
    }

    @Test
    void aDistrictScopeTakesItsOwnAsOfDateAndComparesTheSameDays() {
        KpiReport r = kpis.compute(Period.parse("2014-05"), null, new Scope("龙华", null));
        // 龙华's latest complaint is T9 on 2014-05-06: May is partial, compared with 2013-05-01 .. 05-06
        assertTrue(r.partial());
        assertEquals(LocalDate.of(2014, 5, 6), r.asOf());
        // T7 T8 T9 against T1 T2 (T3 was created on 05-10)
        assertValue(kpi(r, Metric.COMPLAINTS), 3, 2, 0.5);
        // 3 / 1,000 × 1000 against 2 / 1,000 × 1000
        assertValue(kpi(r, Metric.COMPLAINTS_PER_1000), 3.0, 2.0, 0.5);
        // closures up to 05-06: 2014 T7 (05-02, yes) and T8 (05-06, yes); 2013 T1 (yes) and T2 (05-04, no)
        assertValue(kpi(r, Metric.FIRST_CONTACT_RESOLUTION), 1.0, 0.5, 0.5);
        // escalations: T8 against none: a relative change from 0 is null
        KpiValue major = kpi(r, Metric.ESCALATIONS_MAJOR);
        assertEquals(1.0, major.value(), EPS);
        assertEquals(0.0, major.previous(), EPS);
        assertNull(major.change());
    }

    @Test
    void aPeriodAfterTheScopesLastComplaintCountsNoDayOnEitherSide() {
        // 龙华's data end on 2014-05-06 (T9), the store's on 2016-01-02: of 2014-05-10 no day has elapsed for
        // 龙华, so 2013-05-10 (T3 in 龙华, an escalation to 工信部) is not set against a zero — no fall of 100 %
        KpiReport r = kpis.compute(Period.parse("2014-05-10"), null, new Scope("龙华", null));
        assertTrue(r.partial());
        assertEquals(LocalDate.of(2014, 5, 6), r.asOf());
        KpiValue complaints = kpi(r, Metric.COMPLAINTS);
        assertEquals(0.0, complaints.value(), EPS);
        assertEquals(0.0, complaints.previous(), EPS);
        assertNull(complaints.change());
        assertEquals(0.0, kpi(r, Metric.ESCALATIONS_REGULATOR).previous(), EPS);
        assertNull(kpi(r, Metric.TOP_PROBLEM_SHARE).value());
        assertNull(kpi(r, Metric.TOP_PROBLEM_SHARE).previous());
        assertEquals(new DateRange(LocalDate.of(2014, 5, 10), LocalDate.of(2014, 5, 10)), r.countedRange());
        // the store's data cover the day (T10 in 坪山): unscoped it is complete, against the whole 2013-05-10 (T3)
        KpiReport all = kpis.compute(Period.parse("2014-05-10"), null, Scope.ALL);
        assertFalse(all.partial());
        assertValue(kpi(all, Metric.COMPLAINTS), 1, 1, 0);
    }

    @Test
    void aCategoryScopeCountsOnlyThatCategory() {
        KpiReport r = kpis.compute(Period.parse("2014-05"), null, new Scope(null, "装维服务"));
        // the latest 装维 complaint is T12 on 05-31: a complete month
        assertFalse(r.partial());
        assertValue(kpi(r, Metric.COMPLAINTS), 4, 2, 1.0);
        assertValue(kpi(r, Metric.BILLING_DISPUTE_SHARE), 0.0, 0.0, 0.0);
        // P2: 3 of 4 (T8 T9 T12) against 2 of 2 (T3 T4)
        assertValue(kpi(r, Metric.TOP_PROBLEM_SHARE), 0.75, 1.0, -0.25);
    }

    @Test
    void aChannelScopeCountsComplaintsReceivedThereButHasNoResolutionRate() {
        KpiReport r = kpis.compute(Period.parse("2014-05"), null, new Scope(null, null, "10000号"));
        // 2014: T7..T12 all came in by 10000号; 2013: T1 T2 T4 T5 (T3 came in at a 营业厅, T6 is no complaint)
        assertValue(kpi(r, Metric.COMPLAINTS), 6, 4, 0.5);
        // regulator escalations: T10 (通管局) against none (T3's 工信部 came in at the 营业厅)
        assertEquals(1.0, kpi(r, Metric.ESCALATIONS_REGULATOR).value(), EPS);
        assertEquals(0.0, kpi(r, Metric.ESCALATIONS_REGULATOR).previous(), EPS);
        // TOP problem: P2 3 of 6 against P1 (T1 T2) 2 of 4
        assertValue(kpi(r, Metric.TOP_PROBLEM_SHARE), 0.5, 0.5, 0.0);
        KpiValue fcr = kpi(r, Metric.FIRST_CONTACT_RESOLUTION);
        assertNull(fcr.value());
        assertEquals("first-contact resolution is not kept per receiving channel", fcr.reason().text());
        assertEquals(0.0, kpi(kpis.compute(Period.parse("2014-05"), null, new Scope(null, null, "营业厅")),
                Metric.COMPLAINTS).value(), EPS);
    }

    @Test
    void zeroDenominatorsGiveNullShares() {
        KpiReport r = kpis.compute(Period.parse("2014-05"), Period.parse("2014-04"), new Scope("坪山", "费用争议"));
        assertEquals(0.0, kpi(r, Metric.COMPLAINTS).value(), EPS);
        assertNull(kpi(r, Metric.COMPLAINTS).change(), "0 against 0: no relative change");
        KpiValue billing = kpi(r, Metric.BILLING_DISPUTE_SHARE);
        assertNull(billing.value());
        assertNull(billing.change());
        assertEquals("no complaint in the period", billing.reason().text());
        assertNull(kpi(r, Metric.FIRST_CONTACT_RESOLUTION).value());
    }

    @Test
    void aWeekUsesTheSubscribersOfTheMonthOfItsFirstDay() {
        // 2014-W19 = 2014-05-05 .. 05-11: T8 T9 in 龙华; 2 / 1,000 × 1000
        KpiReport r = kpis.compute(Period.parse("2014-W19"), null, new Scope("龙华", null));
        assertEquals("2013-W19", r.vs().toString());
        assertEquals(2.0, kpi(r, Metric.COMPLAINTS).value(), EPS);
        assertEquals(2.0, kpi(r, Metric.COMPLAINTS_PER_1000).value(), EPS);
    }

    @Test
    void isoWeek53IsComparedWithTheLastWeekOfAYearWithout53Weeks() {
        // 2015-W53 = 2015-12-28 .. 2016-01-03 holds W1 and W2; 2014 has 52 weeks, so it compares
        // with 2014-W52 = 2014-12-22 .. 12-28, holding W3. The store's last complaint is W2 on
        // 2016-01-02: the week is partial, six days against six days (W3 on 12-23 is inside).
        KpiReport r = kpis.compute(Period.parse("2015-W53"), null, Scope.ALL);
        assertEquals("2014-W52", r.vs().toString());
        assertTrue(r.partial());
        assertValue(kpi(r, Metric.COMPLAINTS), 2, 1, 1.0);
        assertEquals("no subscriber count for 坪山 in 2015-12", kpi(r, Metric.COMPLAINTS_PER_1000).reason().text());
    }

    @Test
    void rollUpsFollowAnUpdatedExportAndMatchARebuild() throws Exception {
        Path later = folder.resolve("later.csv");
        Files.writeString(later, """
                工单号,受理时间,归档时间,区分公司,服务中心,工单类型,投诉大类,问题细类,受理渠道,越级渠道,一次性解决,处理状态
                T11,2014-05-25 10:00:00,2014-05-26 10:00:00,坪山,坪山服务中心,抱怨,费用争议,P1,10000号,,是,已归档
                """);
        try (Store other = Store.open(folder.resolve("copy"))) {
            new TicketImporter(new SyncLog(other)).importFile(TICKETS, ImportListener.NONE);
            new TicketImporter(new SyncLog(other)).importFile(later, ImportListener.NONE);
            KpiService service = service(other);
            KpiReport updated = service.compute(Period.parse("2014-05"), null, Scope.ALL);
            // T11 moved from 渠道服务 (open) to 费用争议, closed at first contact: billing 2 of 6, FCR 4 of 5
            assertEquals(2.0 / 6, kpi(updated, Metric.BILLING_DISPUTE_SHARE).value(), EPS);
            assertEquals(0.8, kpi(updated, Metric.FIRST_CONTACT_RESOLUTION).value(), EPS);
            String incremental = updated.metrics().toString();
            new Rollups(other).rebuild();
            assertEquals(incremental, service.compute(Period.parse("2014-05"), null, Scope.ALL).metrics().toString());
        }
    }

    private static void assertValue(KpiValue v, double value, double previous, double change) {
        assertEquals(value, v.value(), EPS, "value");
        assertEquals(previous, v.previous(), EPS, "previous");
        assertEquals(change, v.change(), EPS, "change");
    }
}
