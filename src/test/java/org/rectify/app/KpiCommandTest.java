package org.rectify.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KpiCommandTest {

    @TempDir
    Path folder;

    private String load() {
        String data = folder.toString();
        TestCli.run("--data", data, "import", "src/test/resources/kpi/tickets.csv");
        TestCli.run("--data", data, "subscribers", "src/test/resources/kpi/subscribers.csv");
        return data;
    }

    @Test
    void jsonHasTheShapeOfDesignSectionEight() {
        TestCli.Outcome outcome = TestCli.run("--data", load(), "kpi", "--period", "2014-05", "--format", "json");
        assertEquals(0, outcome.exit(), outcome.toString());
        assertEquals("{\"period\":\"2014-05\",\"vs\":\"2013-05\",\"district\":null,\"category\":null,\"partial\":false,"
                + "\"metrics\":{\"complaints\":{\"value\":6,\"previous\":5,\"change\":0.2},"
                + "\"complaints_per_1000\":{\"value\":null,\"previous\":3.3333,\"change\":null,"
                + "\"reason\":\"no subscriber count for 坪山 in 2014-05\"},"
                + "\"first_contact_resolution\":{\"value\":0.75,\"previous\":0.6667,\"change\":0.0833},"
                + "\"escalations_major\":{\"value\":2,\"previous\":1,\"change\":1},"
                + "\"escalations_regulator\":{\"value\":1,\"previous\":1,\"change\":0},"
                + "\"billing_dispute_share\":{\"value\":0.1667,\"previous\":0.4,\"change\":-0.2333},"
                + "\"install_repair_complaints\":{\"value\":4,\"previous\":2,\"change\":1},"
                + "\"top_problem_share\":{\"value\":0.5,\"previous\":0.4,\"change\":0.1},"
                + "\"repeat_complaint_share\":{\"value\":0.1667,\"previous\":0,\"change\":0.1667}}}", outcome.out().strip());
    }

    @Test
    void aChannelIsEchoedOnlyWhenAskedFor() {
        TestCli.Outcome outcome = TestCli.run("--data", load(), "kpi", "--period", "2014-05", "--channel", "10000号",
                "--format", "json");
        assertEquals(0, outcome.exit(), outcome.toString());
        assertTrue(outcome.out().contains("\"category\":null,\"channel\":\"10000号\",\"partial\":false"), outcome.out());
        assertTrue(outcome.out().contains("\"complaints\":{\"value\":6,\"previous\":4,\"change\":0.5}"), outcome.out());
    }

    @Test
    void tableAndCsvShowTheSameFigures() {
        String data = load();
        TestCli.Outcome table = TestCli.run("--data", data, "kpi", "--period", "2014-05", "--district", "龙华");
        assertTrue(table.out().contains("2014-05 vs 2013-05, partial: same days compared, district 龙华"), table.out());
        assertTrue(table.out().matches("(?s).*complaints\\s+3\\s+2\\s+\\+50\\.0 %.*"), table.out());
        TestCli.Outcome csv = TestCli.run("--data", data, "kpi", "--period", "2014-05", "--vs", "2013-05", "--format", "csv");
        assertTrue(csv.out().startsWith("metric,value,previous,change,reason\n"), csv.out());
        assertTrue(csv.out().contains("complaints,6,5,0.2,"), csv.out());
        assertTrue(csv.out().contains("complaints_per_1000,,3.3333,,\"no subscriber count for 坪山 in 2014-05\""), csv.out());
    }

    @Test
    void kpiTrendAndTopSayInTheirJsonThatAPeriodLiesOutsideTheData() {
        String data = load();
        String span = "the data covers 2013-05-02 … 2016-01-02";
        TestCli.Outcome kpi = TestCli.run("--data", data, "kpi", "--period", "2016-02", "--format", "json");
        assertEquals(0, kpi.exit(), kpi.toString());
        assertTrue(kpi.out().contains("\"partial\":false,\"reason\":\"" + span + "\""), kpi.out());
        assertTrue(kpi.out().contains("\"complaints\":{\"value\":null,\"previous\":0,\"change\":null,\"reason\":\""
                + span + "\"}"), kpi.out());
        TestCli.Outcome trend = TestCli.run("--data", data, "trend", "--grain", "month", "--from", "2016-01", "--to",
                "2016-02", "--format", "json");
        assertTrue(trend.out().contains("{\"period\":\"2016-01\",\"value\":1,\"previous\":0},"
                + "{\"period\":\"2016-02\",\"value\":null,\"previous\":0,\"reason\":\"" + span + "\"}"), trend.out());
        TestCli.Outcome top = TestCli.run("--data", data, "top", "--period", "2013-04", "--format", "json");
        assertEquals("{\"period\":\"2013-04\",\"district\":null,\"category\":null,\"total\":null,\"items\":[],"
                + "\"others\":{\"count\":null,\"share\":null},\"reason\":\"" + span + "\"}", top.out().strip());
        TestCli.Outcome table = TestCli.run("--data", data, "top", "--period", "2013-04");
        assertEquals("2013-04: no values (" + span + ")", table.out().strip());
    }

    @Test
    void aBadPeriodIsAUsageError() {
        TestCli.Outcome outcome = TestCli.run("--data", folder.toString(), "kpi", "--period", "2014-13");
        assertEquals(2, outcome.exit());
        assertEquals("Not a valid period: '2014-13' (a month is 01 to 12; a week is written 2014-W13)", outcome.err().strip());
    }

    @Test
    void aTrendThatEndsBeforeItStartsAndATopOfNoProblemsAreUsageErrors() {
        String data = load();
        TestCli.Outcome trend = TestCli.run("--data", data, "trend", "--grain", "week", "--from", "2014-W10", "--to", "2014-W01");
        assertEquals(2, trend.exit(), trend.toString());
        assertEquals("--to 2014-W01 ends before --from 2014-W10 starts", trend.err().strip());
        TestCli.Outcome top = TestCli.run("--data", data, "top", "--period", "2014-05", "--n", "0");
        assertEquals(2, top.exit(), top.toString());
        assertEquals("--n must be at least 1 (it was 0)", top.err().strip());
        assertEquals("", top.out());
        TestCli.Outcome hourly = TestCli.run("--data", data, "trend", "--grain", "hour", "--from", "2014-01", "--to", "2014-02");
        assertEquals(2, hourly.exit(), hourly.toString());
        assertEquals("--grain must be day, week or month (it was 'hour')", hourly.err().strip());
    }

    @Test
    void aDistrictIsNamedAsImportsNameItAndAnUnknownOneIsAUsageError() {
        String data = load();
        TestCli.Outcome suffixed = TestCli.run("--data", data, "kpi", "--period", "2014-05", "--district", "龙华区", "--format", "json");
        TestCli.Outcome plain = TestCli.run("--data", data, "kpi", "--period", "2014-05", "--district", "龙华", "--format", "json");
        assertEquals(0, suffixed.exit(), suffixed.toString());
        assertEquals(plain.out(), suffixed.out(), "龙华区 is 龙华, as the import normalises it");
        assertTrue(suffixed.out().contains("\"district\":\"龙华\""), suffixed.out());
        for (String command : new String[] {"kpi", "top"}) {
            TestCli.Outcome unknown = TestCli.run("--data", data, command, "--period", "2014-05", "--district", "仓山区");
            assertEquals(2, unknown.exit(), unknown.toString());
            assertTrue(unknown.err().contains("unknown district '仓山区'; the store knows: "), unknown.err());
            assertTrue(unknown.err().contains("龙华") && unknown.err().contains("坪山"), unknown.err());
        }
        TestCli.Outcome trend = TestCli.run("--data", data, "trend", "--grain", "month", "--from", "2014-01", "--to", "2014-05",
                "--district", "仓山");
        assertEquals(2, trend.exit(), trend.toString());
    }

    @Test
    void anExportWithoutBillingCategoriesSaysSoBesideItsZero() throws Exception {
        java.nio.file.Path csv = java.nio.file.Files.writeString(folder.resolve("foreign.csv"), String.join("\n",
                "工单号,受理时间,归档时间,区分公司,服务中心,工单类型,投诉大类,问题细类,受理渠道,越级渠道,一次性解决,处理状态,责任人,用户号码,满意度,投诉内容",
                "A1,2014-05-02 10:00:00,,Austin,,抱怨,Mortgage,Late fee,Web,,,Open,,,,",
                "A2,2014-05-03 10:00:00,,Austin,,抱怨,Credit card,Billing,Web,,,Open,,,,", ""));
        String data = folder.resolve("foreign").toString();
        TestCli.run("--data", data, "import", csv.toString());
        TestCli.Outcome kpi = TestCli.run("--data", data, "kpi", "--period", "2014-05", "--format", "json");
        assertTrue(kpi.out().contains("\"billing_dispute_share\":{\"value\":0,"), kpi.out());
        assertTrue(kpi.out().contains("no category in the store has the role billing_dispute"), kpi.out());
        assertTrue(kpi.out().contains("no category in the store has the role install_repair"), kpi.out());
        assertTrue(!kpi.out().contains("no complaint in the period"), "two complaints are there: " + kpi.out());
    }
}
