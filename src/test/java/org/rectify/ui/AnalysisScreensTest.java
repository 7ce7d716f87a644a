package org.rectify.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rectify.testing.DesktopHarness.waitUntil;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.entity.CategoryItemEntity;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.fx.ChartViewer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rectify.analytics.DistrictComparison;
import org.rectify.analytics.Metric;
import org.rectify.analytics.QcTier;
import org.rectify.domain.Ticket;
import org.rectify.report.charts.ChartStyle;
import org.rectify.testing.DesktopHarness;
import org.rectify.testing.DesktopWindow;
import org.rectify.ui.theme.Theme;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The analysis screens over the hand-computed KPI set (src/test/resources/kpi), in the real window:
 * the numbers on the cards are KpiServiceTest's, clicks lead from card to trend and from bar to tickets.
 */
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.MethodName.class)
class AnalysisScreensTest {

    @RegisterExtension
    static final DesktopWindow WINDOW = DesktopWindow.over(DesktopHarness::handSet);
    private final FxRobot robot = new FxRobot();

    /** The WINDOW.store()'s latest complaint is on 2016-01-02, so the app opens on 2016-01: step back to May 2014. */
    private void selectMay2014() throws Exception {
        robot.clickOn("#nav-dashboard");
        robot.interact(() -> robot.lookup("#period-grain").queryAs(ComboBox.class).getSelectionModel().select(
                org.rectify.domain.Grain.MONTH));
        waitUntil(() -> !label("#period-label").getText().isEmpty());
        while (!label("#period-label").getText().equals("2014-05")) {
            robot.clickOn("#period-previous");
        }
    }

    private Label label(String query) {
        return robot.lookup(query).queryAs(Label.class);
    }

    private String cardText(Metric metric, String styleClass) {
        return ((Label) robot.lookup("#kpi-" + metric.key()).lookup("." + styleClass).query()).getText();
    }

    @Test
    void a_theDashboardShowsTheHandComputedKpisWithTargetsAndReasons() throws Exception {
        selectMay2014();
        waitUntil(() -> cardText(Metric.COMPLAINTS, "kpi-value").equals("6")
                && label("#dashboard-heading").getText().contains("2014-05 对比 2013-05"));
        assertEquals("+20.0%", cardText(Metric.COMPLAINTS, "kpi-change"));
        assertEquals("75.00%", cardText(Metric.FIRST_CONTACT_RESOLUTION, "kpi-value"));
        assertEquals("+8.33个百分点", cardText(Metric.FIRST_CONTACT_RESOLUTION, "kpi-change"));
        assertEquals("目标 ≥ 95.00%", cardText(Metric.FIRST_CONTACT_RESOLUTION, "kpi-target"));
        Node fcrTarget = robot.lookup("#kpi-" + Metric.FIRST_CONTACT_RESOLUTION.key()).lookup(".kpi-target").query();
        assertTrue(fcrTarget.getStyleClass().contains("status-missed"), "75 % misses 95 % by more than a tenth");
        Node fcrValue = robot.lookup("#kpi-" + Metric.FIRST_CONTACT_RESOLUTION.key()).lookup(".kpi-value").query();
        assertTrue(fcrValue.getStyleClass().contains("status-missed"), "the value wears the pill's colour");
        Node billingTarget = robot.lookup("#kpi-" + Metric.BILLING_DISPUTE_SHARE.key()).lookup(".kpi-target").query();
        assertTrue(billingTarget.getStyleClass().contains("status-met"));
        assertEquals("—", cardText(Metric.COMPLAINTS_PER_1000, "kpi-value"));
        assertEquals("缺少 坪山 2014-05 的用户数", cardText(Metric.COMPLAINTS_PER_1000, "kpi-reason"));
        assertEquals("16.67%", cardText(Metric.REPEAT_COMPLAINT_SHARE, "kpi-value"));
        assertTrue(!robot.lookup("#dashboard-partial").query().isVisible(), "May 2014 is complete");
    }

    @Test
    void b_clickingACardOpensItsTrend() throws Exception {
        selectMay2014();
        waitUntil(() -> cardText(Metric.FIRST_CONTACT_RESOLUTION, "kpi-value").equals("75.00%"));
        robot.clickOn("#kpi-" + Metric.FIRST_CONTACT_RESOLUTION.key());
        waitUntil(() -> robot.lookup("#trends").tryQuery().isPresent());
        assertTrue(robot.lookup("#nav-trends").queryAs(ToggleButton.class).isSelected());
        assertEquals(Metric.FIRST_CONTACT_RESOLUTION, robot.lookup("#trends-metric").queryAs(ComboBox.class).getValue());
        waitUntil(() -> viewer("#trends-chart").getChart() != null
                && viewer("#trends-chart").getChart().getTitle().getText().startsWith("一次性解决率"));
    }

    @Test
    void c_aParetoBarOpensTheComplaintsBehindIt() throws Exception {
        selectMay2014();
        robot.press(KeyCode.CONTROL).press(KeyCode.DIGIT3).release(KeyCode.DIGIT3).release(KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#pareto").tryQuery().isPresent() && viewer("#pareto-chart").getChart() != null
                && viewer("#pareto-chart").getChart().getTitle().getText().contains("2014-05")
                && entity("P2") != null);
        // TOP problem share of May 2014: P2, 3 of 6
        assertEquals("50.00%", label("#pareto-share").getText());
        assertEquals("pareto", new org.rectify.ui.shell.WindowPrefs(System.getProperty("rectify.prefs")).screen(""),
                "the last screen is remembered for the next start");
        Rectangle2D bar = entity("P2").getArea().getBounds2D();
        ChartViewer viewer = viewer("#pareto-chart");
        Point2D onScreen = viewer.getCanvas().localToScreen(bar.getCenterX(), bar.getCenterY());
        robot.clickOn(onScreen);
        waitUntil(() -> robot.lookup("#tickets-table").tryQuery().isPresent()
                && robot.lookup("#tickets-table").queryAs(TableView.class).getItems().size() == 3);
        assertEquals("2014-05 · 全部区分公司 · P2", label("#tickets-drilldown").getText());
        TableView<?> table = robot.lookup("#tickets-table").queryAs(TableView.class);
        waitUntil(() -> table.getItems().get(0) != null);
        assertTrue(((Ticket) table.getItems().get(0)).problem().equals("P2"));
        robot.clickOn("#tickets-drilldown-clear");
        waitUntil(() -> table.getItems().size() == 6); // the header's month again: May 2014, every kind
        assertEquals("2014-05 · 全部区分公司", label("#tickets-scope").getText());
        robot.clickOn("#tickets-all-time");
        waitUntil(() -> table.getItems().size() == 26); // all tickets
        robot.clickOn("#tickets-all-time");
    }

    @Test
    void d_theDistrictsTableHasEachDistrictsTier() throws Exception {
        selectMay2014();
        robot.clickOn("#nav-districts");
        TableView<?> table = robot.lookup("#districts-table").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == 3 && viewer("#districts-heatmap").getChart() != null
                && viewer("#districts-heatmap").getChart().getTitle().getText().contains("2014-05"));
        for (Object item : table.getItems()) {
            DistrictComparison.Row row = (DistrictComparison.Row) item;
            // closed in May 2014: 龙华 T7 T8 T9 all at first contact; 坪山 T10 not; the city 3 of 4 (75 %)
            assertEquals(row.city() ? QcTier.SUPERVISION : row.district().equals("龙华") ? QcTier.SELF_CHECK
                    : QcTier.SUPERVISION, row.tier());
        }
    }

    @Test
    void e_theProjectorThemeRestylesWindowAndCharts() throws Exception {
        selectMay2014();
        robot.clickOn("#nav-trends");
        robot.interact(() -> robot.lookup("#theme-choice").queryAs(ComboBox.class).getSelectionModel()
                .select(Theme.PROJECTOR));
        Node root = robot.lookup("#shell").query();
        assertTrue(root.getStyleClass().contains("theme-projector"));
        assertTrue(root.getScene().getStylesheets().stream().anyMatch(s -> s.endsWith("projector.css")));
        Color projectorText = ChartStyle.projector().foreground();
        waitUntil(() -> viewer("#trends-chart").getChart() != null
                && projectorText.equals(viewer("#trends-chart").getChart().getTitle().getPaint()));
        robot.interact(() -> robot.lookup("#theme-choice").queryAs(ComboBox.class).getSelectionModel().select(Theme.DARK));
        Color dark = ChartStyle.dark().background();
        waitUntil(() -> dark.equals(viewer("#trends-chart").getChart().getBackgroundPaint()));
        assertTrue(root.getStyleClass().contains("theme-dark"));
        robot.interact(() -> robot.lookup("#theme-choice").queryAs(ComboBox.class).getSelectionModel().select(Theme.LIGHT));
    }

    @Test
    void f_theTrendFollowsTheChannelFilterAndAPointOpensItsTickets() throws Exception {
        selectMay2014();
        robot.clickOn("#nav-trends");
        @SuppressWarnings("unchecked")
        ComboBox<String> channel = robot.lookup("#trends-channel").queryAs(ComboBox.class);
        waitUntil(() -> channel.getItems().contains("10000号"));
        robot.interact(() -> {
            robot.lookup("#trends-metric").queryAs(ComboBox.class).getSelectionModel().select(Metric.COMPLAINTS);
            channel.getSelectionModel().select("10000号");
        });
        waitUntil(() -> viewer("#trends-chart").getChart() != null
                && viewer("#trends-chart").getChart().getTitle().getText().equals("抱怨量 · 全部区分公司 · 10000号")
                && trendPoint("2014-05") != null);
        // May 2014 by 10000号: T7..T12; hovering beside the point shows its value
        Rectangle2D point = trendPoint("2014-05").getArea().getBounds2D();
        robot.moveTo(viewer("#trends-chart").getCanvas().localToScreen(point.getCenterX() - 12, point.getCenterY()));
        waitUntil(() -> javafx.stage.Window.getWindows().stream().anyMatch(w -> w instanceof javafx.scene.control.Tooltip t
                && w.isShowing() && t.getText().equals("本期 2014-05: 6")));
        // the click needs no aim at the 8-pixel marker: 15 pixels below it is near enough
        robot.clickOn(viewer("#trends-chart").getCanvas().localToScreen(point.getCenterX(), point.getCenterY() + 15));
        waitUntil(() -> robot.lookup("#tickets-table").tryQuery().isPresent()
                && robot.lookup("#tickets-table").queryAs(TableView.class).getItems().size() == 6);
        assertEquals("2014-05 · 全部区分公司 · 10000号", label("#tickets-drilldown").getText());
        robot.clickOn("#tickets-drilldown-clear");
        robot.clickOn("#nav-trends");
        robot.interact(() -> channel.getSelectionModel().select(0));
    }

    @Test
    void g_theTicketListFollowsTheHeadersDistrict() throws Exception {
        robot.clickOn("#nav-dashboard");
        @SuppressWarnings("unchecked")
        ComboBox<String> district = robot.lookup("#period-district").queryAs(ComboBox.class);
        waitUntil(() -> district.getItems().contains("坪山"));
        robot.interact(() -> district.getSelectionModel().select("坪山"));
        robot.clickOn("#nav-tickets");
        robot.clickOn("#tickets-all-time");
        TableView<?> table = robot.lookup("#tickets-table").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == 19); // the 坪山 rows of the hand set, of every kind
        assertEquals("全部时间 · 坪山", label("#tickets-scope").getText(), "one district, the header's");
        robot.interact(() -> district.getSelectionModel().select(""));
        waitUntil(() -> table.getItems().size() == 26);
        robot.clickOn("#tickets-all-time");
    }

    @Test
    void h_anImportLeavesAnEarlierPeriodOnScreenWhereItIs() throws Exception {
        selectMay2014();
        org.rectify.testing.StandardCsv.create()
                .ticket("N1", "2016-02-01 09:00:00", "", "龙华", "装维服务", "宽带修障超时", "", "处理中")
                .writeTo(WINDOW.folder().resolve("staging.csv"));
        java.nio.file.Files.move(WINDOW.folder().resolve("staging.csv"), WINDOW.folder().resolve("watched/february.csv"));
        waitUntil(() -> label("#shell-status").getText().startsWith("已从监控目录导入 1 个文件"));
        WaitForAsyncUtils.sleep(500, java.util.concurrent.TimeUnit.MILLISECONDS);
        assertEquals("2014-05", label("#period-label").getText(), "someone looking at May 2014 stays there");
    }

    /** The current-year point of a period in the trend chart as last drawn. */
    private CategoryItemEntity trendPoint(String period) {
        ChartViewer viewer = viewer("#trends-chart");
        if (viewer.getRenderingInfo() == null) {
            return null;
        }
        for (Object e : viewer.getRenderingInfo().getEntityCollection().getEntities()) {
            if (e instanceof CategoryItemEntity item && period.equals(item.getColumnKey())
                    && "本期".equals(item.getRowKey())) {
                return item;
            }
        }
        return null;
    }

    private ChartViewer viewer(String chartPaneId) {
        return robot.lookup(chartPaneId).lookup((Node n) -> n instanceof ChartViewer).queryAs(ChartViewer.class);
    }

    /** The bar of a problem in the Pareto as last drawn. */
    private CategoryItemEntity entity(String problem) {
        ChartViewer viewer = viewer("#pareto-chart");
        if (viewer.getRenderingInfo() == null) {
            return null;
        }
        for (Object e : viewer.getRenderingInfo().getEntityCollection().getEntities()) {
            if (e instanceof CategoryItemEntity item && problem.equals(item.getColumnKey()) && item.getArea() != null
                    && ((ChartEntity) item).getArea().getBounds2D().getHeight() > 2) {
                return item;
            }
        }
        return null;
    }
}
