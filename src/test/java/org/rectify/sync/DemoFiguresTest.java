package org.rectify.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rectify.domain.SyncStatus;
import org.rectify.store.ReferenceData;
import org.rectify.store.Store;
import org.rectify.store.SyncLog;
import org.rectify.sync.demo.DemoLoader;

/**
 * Loads the demo data through the import path and checks the seed report's figures (DESIGN
 * section 4) by direct SQL over the SQLite file, computed by the KPI definitions.
 */
class DemoFiguresTest {

    private static final String MAJOR = "('集团客服','省公司','工信部','通管局','媒体')";
    private static final String REGULATOR = "('工信部','通管局')";
    private static final String Q1_2013 = "created_at >= '2013-01-01' AND created_at < '2013-04-01'";
    private static final String Q1_2014 = "created_at >= '2014-01-01' AND created_at < '2014-04-01'";

    @TempDir
    static Path folder;
    private static Store store;
    private static Connection sql;
    private static List<FileImportResult> results;

    @BeforeAll
    static void loadDemo() throws SQLException {
        store = Store.open(folder.resolve("data"));
        DemoLoader loader = new DemoLoader(new TicketImporter(new SyncLog(store)),
                new SubscriberImporter(new ReferenceData(store)), new org.rectify.store.Settings(store));
        results = loader.load(folder.resolve("exports"), 1, (fraction, step) -> { });
        sql = DriverManager.getConnection("jdbc:sqlite:" + store.file());
    }

    @AfterAll
    static void close() throws SQLException {
        sql.close();
        store.close();
    }

    @Test
    void everyDemoFileImportsCleanly() {
        assertEquals(17, results.size());
        assertTrue(results.stream().allMatch(r -> r.status() == SyncStatus.DONE && r.counts().rejected() == 0));
        assertTrue(Files.exists(folder.resolve("exports/subscribers.csv")));
        assertTrue(Files.exists(folder.resolve("exports/tickets-2014-05.csv")));
    }

    @Test
    void hasTheTenShenzhenDistrictsAndAboutSixHundredThousandTickets() throws SQLException {
        assertEquals(10, count("SELECT count(DISTINCT district) FROM ticket"));
        assertEquals(170, count("SELECT count(*) FROM subscriber_count"));
        long tickets = count("SELECT count(*) FROM ticket");
        assertTrue(tickets > 550_000 && tickets < 700_000, "tickets: " + tickets);
        long problems = count("SELECT count(DISTINCT problem) FROM ticket");
        assertTrue(problems >= 190 && problems <= 220, "problems: " + problems);
        assertEquals("2013-01-01", text("SELECT substr(min(created_at), 1, 10) FROM ticket"));
        assertEquals("2014-05-31", text("SELECT substr(max(created_at), 1, 10) FROM ticket"));
    }

    @Test
    void firstQuarterComplaintsAre93885Against114684() throws SQLException {
        assertEquals(114_684, complaints(Q1_2013, "1"));
        assertEquals(93_885, complaints(Q1_2014, "1"));
    }

    @Test
    void complaintsPerThousandSubscribersAre274Against356() throws SQLException {
        String monthlyRates = """
                SELECT avg(1000.0 * c.n / s.subscribers) FROM
                  (SELECT substr(created_at, 1, 7) AS month, count(*) AS n FROM ticket
                   WHERE kind = 'complaint' AND created_at >= ? AND created_at < ? GROUP BY month) c
                  JOIN (SELECT month, sum(subscribers) AS subscribers FROM subscriber_count GROUP BY month) s
                  ON s.month = c.month""";
        assertWithinOnePercent(3.56, number(monthlyRates, "2013-01-01", "2013-04-01"));
        assertWithinOnePercent(2.74, number(monthlyRates, "2014-01-01", "2014-04-01"));
    }

    @Test
    void firstContactResolutionIs9673InApril2014Against9440() throws SQLException {
        String fcr = """
                SELECT 1.0 * sum(first_contact_resolved) / count(first_contact_resolved) FROM ticket
                WHERE kind = 'complaint' AND closed_at >= ? AND closed_at < ?""";
        assertWithinOnePercent(0.9440, number(fcr, "2013-04-01", "2013-05-01"));
        assertWithinOnePercent(0.9673, number(fcr, "2014-04-01", "2014-05-01"));
    }

    @Test
    void majorEscalationsAre711Against919OfWhichRegulator300Against352() throws SQLException {
        assertEquals(919, complaints(Q1_2013, "escalation_channel IN " + MAJOR));
        assertEquals(711, complaints(Q1_2014, "escalation_channel IN " + MAJOR));
        assertEquals(352, complaints(Q1_2013, "escalation_channel IN " + REGULATOR));
        assertEquals(300, complaints(Q1_2014, "escalation_channel IN " + REGULATOR));
        assertTrue(complaints(Q1_2014, "escalation_channel IN ('市公司', '12345热线')") > 0,
                "escalations outside the major group exist, so the grouping matters");
    }

    @Test
    void billingDisputeShareIs23Against27Percent() throws SQLException {
        assertWithinOnePercent(0.27, (double) complaints(Q1_2013, "category = '费用争议'") / 114_684);
        assertWithinOnePercent(0.23, (double) complaints(Q1_2014, "category = '费用争议'") / 93_885);
    }

    @Test
    void installAndMaintenanceComplaintsFellBy472Percent() throws SQLException {
        double change = (double) complaints(Q1_2014, "category = '装维服务'") / complaints(Q1_2013, "category = '装维服务'") - 1;
        assertWithinOnePercent(-0.472, change);
    }

    @Test
    void topProblemShareWithinInstallIs146Against167Percent() throws SQLException {
        String top = """
                SELECT 1.0 * max(n) / sum(n) FROM (SELECT count(*) AS n FROM ticket
                WHERE kind = 'complaint' AND category = '装维服务' AND created_at >= ? AND created_at < ?
                  AND problem IS NOT NULL GROUP BY problem)""";
        assertWithinOnePercent(0.167, number(top, "2013-01-01", "2013-04-01"));
        assertWithinOnePercent(0.146, number(top, "2014-01-01", "2014-04-01"));
    }

    @Test
    void repeatFlagsKeptAtImportMatchADirectCountOverAllTickets() throws SQLException {
        // The demo's months arrive one file at a time; a file's first days repeat complaints of the file before.
        try (Statement st = sql.createStatement()) {
            st.executeUpdate("""
                    CREATE TEMP TABLE contact AS SELECT subscriber, created_at FROM ticket
                    WHERE kind = 'complaint' AND subscriber IS NOT NULL AND subscriber <> ''""");
            st.executeUpdate("CREATE INDEX temp.contact_subscriber ON contact (subscriber, created_at)");
        }
        long direct = count("""
                SELECT count(*) FROM ticket t WHERE kind = 'complaint' AND EXISTS (SELECT 1 FROM contact c
                    WHERE c.subscriber = t.subscriber AND c.created_at < t.created_at
                      AND c.created_at >= datetime(t.created_at, '-30 days'))""");
        assertEquals(direct, count("SELECT count(*) FROM ticket WHERE is_repeat = 1"));
        assertEquals(direct, count("SELECT sum(repeats) FROM rollup_category_day"));
        // the demo makes about 6 % of complaints repeats
        double share = (double) direct / count("SELECT count(*) FROM ticket WHERE kind = 'complaint'");
        assertTrue(share > 0.05 && share < 0.08, "repeat share " + share);
    }

    @Test
    void theDemoIsDeterministic() throws SQLException {
        assertEquals("20130101000001", text("SELECT min(ticket_id) FROM ticket"));
        long first = count("SELECT count(*) FROM ticket WHERE subscriber = (SELECT subscriber FROM ticket WHERE ticket_id = '20130101000001')");
        assertTrue(first >= 1);
        Path again = folder.resolve("again");
        new org.rectify.sync.demo.DemoExport(1, org.rectify.sync.demo.DemoExport.DEFAULT_SEED).writeTo(again, f -> { });
        assertEquals(FileFacts.of(folder.resolve("exports/tickets-2013-06.csv")).sha256(), FileFacts.of(again.resolve("tickets-2013-06.csv")).sha256());
    }

    @Test
    void theKpiServiceReproducesTheSeedReportForTheFirstQuarters() {
        var kpis = new org.rectify.analytics.KpiService(new org.rectify.store.RollupQueries(store),
                new ReferenceData(store), new org.rectify.store.KpiSettings(store));
        var q1 = kpis.compute(org.rectify.domain.Period.parse("2014-Q1"), null, org.rectify.domain.Scope.ALL);
        var m = q1.metrics();
        assertEquals(93_885, m.get(org.rectify.analytics.Metric.COMPLAINTS).value());
        assertEquals(114_684, m.get(org.rectify.analytics.Metric.COMPLAINTS).previous());
        assertWithinOnePercent(2.74, m.get(org.rectify.analytics.Metric.COMPLAINTS_PER_1000).value());
        assertWithinOnePercent(3.56, m.get(org.rectify.analytics.Metric.COMPLAINTS_PER_1000).previous());
        assertWithinOnePercent(-0.23, m.get(org.rectify.analytics.Metric.COMPLAINTS_PER_1000).change());
        assertEquals(711, m.get(org.rectify.analytics.Metric.ESCALATIONS_MAJOR).value());
        assertEquals(919, m.get(org.rectify.analytics.Metric.ESCALATIONS_MAJOR).previous());
        assertEquals(300, m.get(org.rectify.analytics.Metric.ESCALATIONS_REGULATOR).value());
        assertEquals(352, m.get(org.rectify.analytics.Metric.ESCALATIONS_REGULATOR).previous());
        assertWithinOnePercent(0.23, m.get(org.rectify.analytics.Metric.BILLING_DISPUTE_SHARE).value());
        assertWithinOnePercent(0.27, m.get(org.rectify.analytics.Metric.BILLING_DISPUTE_SHARE).previous());
        assertWithinOnePercent(-0.472, m.get(org.rectify.analytics.Metric.INSTALL_REPAIR_COMPLAINTS).change());
        var april = kpis.compute(org.rectify.domain.Period.parse("2014-04"), null, org.rectify.domain.Scope.ALL).metrics();
        assertWithinOnePercent(0.9673, april.get(org.rectify.analytics.Metric.FIRST_CONTACT_RESOLUTION).value());
        assertWithinOnePercent(0.9440, april.get(org.rectify.analytics.Metric.FIRST_CONTACT_RESOLUTION).previous());
        var install = kpis.compute(org.rectify.domain.Period.parse("2014-Q1"), null,
                new org.rectify.domain.Scope(null, "装维服务")).metrics();
        assertWithinOnePercent(0.146, install.get(org.rectify.analytics.Metric.TOP_PROBLEM_SHARE).value());
        assertWithinOnePercent(0.167, install.get(org.rectify.analytics.Metric.TOP_PROBLEM_SHARE).previous());
    }

    @Test
    void theDistrictsHaveStoriesForTheWeeklyMeeting() throws SQLException {
        // 龙华: 宽带移机超时 surges in 2014-W16 … W18
        assertEquals(List.of(35L, 48L, 40L), weekly("龙华", "宽带移机超时", "2014-W16", "2014-W17", "2014-W18"));
        // 坪山: one problem jumps in W10 and stays down; another comes back from W16
        assertEquals(List.of(4L, 18L, 14L, 10L, 8L, 7L, 8L), weekly("坪山", "预约后未按时上门", "2014-W09", "2014-W10",
                "2014-W11", "2014-W12", "2014-W13", "2014-W14", "2014-W15"));
        assertEquals(List.of(4L, 16L, 9L, 8L, 9L, 18L, 20L), weekly("坪山", "宽带故障反复", "2014-W09", "2014-W10",
                "2014-W13", "2014-W14", "2014-W15", "2014-W16", "2014-W17"));
        // 光明 falls into 支撑推动 in 2014-05, its 公明 service center into 督办; the city stays in 自查自检
        var tiers = new org.rectify.analytics.TierService(new org.rectify.store.RollupQueries(store),
                new org.rectify.store.KpiSettings(store));
        var may = org.rectify.domain.Period.parse("2014-05");
        assertEquals(org.rectify.analytics.QcTier.SUPPORT, tiers.tierOf(may, new org.rectify.domain.Scope("光明", null)));
        assertEquals(org.rectify.analytics.QcTier.SELF_CHECK, tiers.tierOf(may, org.rectify.domain.Scope.ALL));
        var centers = tiers.tiers(may, org.rectify.store.RollupQueries.ClosureUnit.SERVICE_CENTER,
                new org.rectify.domain.Scope("光明", null));
        assertTrue(centers.stream().anyMatch(c -> c.unit().endsWith("公明服务中心")
                && c.tier() == org.rectify.analytics.QcTier.SUPERVISION), centers.toString());
    }

    @Test
    void theDemoChecklistHasAHistoryWithEveryStatusLevelAndEffect() {
        var service = new org.rectify.checklist.ChecklistService(store, java.time.Clock.systemDefaultZone());
        assertTrue(service.playDemoHistory() > 1000);
        var w22 = service.list(org.rectify.domain.Period.parse("2014-W22"), null);
        assertEquals(java.time.LocalDate.of(2014, 6, 1), w22.today().date());
        assertTrue(w22.today().fromData());
        var statuses = w22.rows().stream().map(r -> r.item().status()).collect(java.util.stream.Collectors.toSet());
        assertEquals(java.util.EnumSet.allOf(org.rectify.domain.ItemStatus.class), statuses);
        var levels = w22.rows().stream().map(r -> r.level()).collect(java.util.stream.Collectors.toSet());
        assertTrue(levels.containsAll(List.of(1, 2, 3)), levels.toString());
        assertTrue(w22.rows().stream().anyMatch(r -> r.ageWeeks() >= 4), "items carried over for weeks");

        var pingshan = service.list(org.rectify.domain.Period.parse("2014-W22"), "坪山").rows();
        var rebound = pingshan.stream().filter(r -> r.item().problem() != null && r.item().problem().equals("宽带故障反复")
                && r.item().week().toString().equals("2014-W10")).findFirst().orElseThrow();
        assertEquals(org.rectify.checklist.Verification.State.REBOUND, rebound.verification().state());
        var verified = service.list(org.rectify.domain.Period.parse("2014-W10"), "坪山").rows().stream()
                .filter(r -> "预约后未按时上门".equals(r.item().problem()) && r.item().kind() == org.rectify.domain.ItemKind.PROBLEM)
                .findFirst().orElseThrow();
        assertEquals(org.rectify.domain.ItemStatus.SIGNED_OFF, verified.item().status());
        assertEquals(org.rectify.checklist.Verification.State.VERIFIED, verified.verification().state());
        assertEquals(18, verified.item().baseline());

        var surge = service.list(org.rectify.domain.Period.parse("2014-W16"), "龙华").rows().stream()
                .filter(r -> "宽带移机超时".equals(r.item().problem()) && r.item().kind() == org.rectify.domain.ItemKind.PROBLEM)
                .findFirst().orElseThrow();
        assertEquals("2014-W16", surge.item().week().toString());
        assertEquals(35, surge.item().baseline());
        assertTrue(service.history(surge.item().id()).size() >= 3, "the surge item has a history");
    }

    private static List<Long> weekly(String district, String problem, String... weeks) throws SQLException {
        List<Long> counts = new java.util.ArrayList<>();
        for (String w : weeks) {
            var range = org.rectify.domain.Period.parse(w).range();
            try (var st = sql.prepareStatement("SELECT count(*) FROM ticket WHERE kind = 'complaint' AND district = ?"
                    + " AND problem = ? AND created_at >= ? AND created_at < ?")) {
                st.setString(1, district);
                st.setString(2, problem);
                st.setString(3, range.start().toString());
                st.setString(4, range.end().toString());
                try (var rs = st.executeQuery()) {
                    counts.add(rs.getLong(1));
                }
            }
        }
        return counts;
    }

    private static void assertWithinOnePercent(double expected, double actual) {
        assertTrue(Math.abs(actual - expected) <= Math.abs(expected) * 0.01,
                "expected " + expected + " within 1 %, was " + actual);
    }

    private static long complaints(String period, String condition) throws SQLException {
        // The conditions are this test's own constants, never input.
        return count("SELECT count(*) FROM ticket WHERE kind = 'complaint' AND " + period + " AND " + condition);
    }

    private static long count(String query) throws SQLException {
        try (PreparedStatement st = sql.prepareStatement(query); ResultSet rs = st.executeQuery()) {
            return rs.getLong(1);
        }
    }

    private static String text(String query) throws SQLException {
        try (PreparedStatement st = sql.prepareStatement(query); ResultSet rs = st.executeQuery()) {
            return rs.getString(1);
        }
    }

    private static double number(String query, String from, String to) throws SQLException {
        try (PreparedStatement st = sql.prepareStatement(query)) {
            st.setString(1, from);
            st.setString(2, to);
            try (ResultSet rs = st.executeQuery()) {
                return rs.getDouble(1);
            }
        }
    }
}
