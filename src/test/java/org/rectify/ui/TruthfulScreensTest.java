package org.rectify.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rectify.testing.DesktopHarness.waitUntil;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.TestMethodOrder;
import org.rectify.analytics.DistrictComparison;
import org.rectify.analytics.Metric;
import org.rectify.domain.Grain;
import org.rectify.testing.DesktopHarness;
import org.rectify.testing.DesktopWindow;
import org.rectify.testing.VisibleTexts;
import org.rectify.ui.theme.Theme;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * The screens never show what is not there, over the hand set (data from 2013-05-02 to
 * 2016-01-02): navigation stops at the data's edges, grain switches keep the day in view, no
 * English on a Chinese screen, unmasking asks and shows that numbers are visible, and the
 * districts table keeps its sort and adds up.
 */
@TestMethodOrder(MethodOrderer.MethodName.class)
class TruthfulScreensTest {

    @RegisterExtension
    static final DesktopWindow WINDOW = DesktopWindow.over(DesktopHarness::handSet);
    private final FxRobot robot = new FxRobot();

    private String period() {
        return robot.lookup("#period-label").queryAs(Label.class).getText();
    }

    private void grain(Grain grain) {
        robot.interact(() -> robot.lookup("#period-grain").queryAs(ComboBox.class).getSelectionModel().select(grain));
    }

    private boolean disabled(String id) {
        return robot.lookup(id).queryAs(Button.class).isDisabled();
    }

    private void ctrl(KeyCode key) {
        robot.press(KeyCode.CONTROL).press(key).release(key).release(KeyCode.CONTROL);
    }

    /** Steps back with ◀ until the label shows {@code wanted}. */
    private void stepBackTo(String wanted) throws Exception {
        waitUntil(() -> !period().isEmpty() && !disabled("#period-previous"));
        for (int i = 0; i < 60 && !period().equals(wanted); i++) {
            robot.clickOn("#period-previous");
        }
        assertEquals(wanted, period());
    }

    @Test
    void a_nextStopsAtTheLastDataAndPreviousAtTheFirst() throws Exception {
        robot.clickOn("#nav-dashboard");
        grain(Grain.MONTH);
        waitUntil(() -> period().equals("2016-01"));
        assertTrue(disabled("#period-next"), "2016-02 lies after the data");
        ctrl(KeyCode.RIGHT);
        assertEquals("2016-01", period(), "Ctrl+→ stops at the month of the last complaint too");
        assertEquals("数据覆盖 2013-05-02 至 2016-01-02",
                robot.lookup("#shell-data-span").queryAs(Label.class).getText(), "why ▶ stops, said in the status bar");
        grain(Grain.YEAR);
        assertEquals("2016", period());
        stepBackTo("2013");
        assertTrue(disabled("#period-previous"), "2012 lies before the data");
        ctrl(KeyCode.LEFT);
        assertEquals("2013", period());
        assertFalse(disabled("#period-next"));
    }

    @Test
    void b_aGrainSwitchKeepsTheDayInViewAndAYearOpensOnItsLastMonthWithData() throws Exception {
        grain(Grain.YEAR);
        waitUntil(() -> period().matches("\\d{4}"));
        while (!period().equals("2016")) {
            robot.clickOn("#period-next");
        }
        // the year's sparklines run across the card up to its last month with data, named at both ends
        robot.clickOn("#nav-dashboard");
        waitUntil(() -> sparklineLabels(Metric.COMPLAINTS).equals(List.of("2015-02", "2016-01")));
        grain(Grain.MONTH);
        assertEquals("2016-01", period(), "2016's last month with data, not 2016-12");
        grain(Grain.QUARTER);
        assertEquals("2016-Q1", period());
        grain(Grain.MONTH);
        stepBackTo("2014-05");
        grain(Grain.YEAR);
        assertEquals("2014", period());
        grain(Grain.MONTH);
        assertEquals("2014-05", period(), "back to the month that was on screen");
        grain(Grain.WEEK);
        assertEquals("2014-W22", period(), "the week of 2014-05-31");
        grain(Grain.MONTH);
        assertEquals("2014-05", period());
    }

    private List<String> sparklineLabels(Metric metric) {
        return robot.lookup("#kpi-" + metric.key()).lookup(".sparkline-label").queryAll().stream()
                .map(n -> ((javafx.scene.text.Text) n).getText()).toList();
    }

    @Test
    void c_noEnglishOnAChineseScreen() throws Exception {
        robot.clickOn("#nav-dashboard");
        grain(Grain.MONTH);
        waitUntil(() -> period().equals("2014-05") && cardValue(Metric.COMPLAINTS).equals("6"));
        // 坪山 has no subscriber count for May 2014: a null value with its reason
        assertEquals("—", cardValue(Metric.COMPLAINTS_PER_1000));
        assertNoEnglish("dashboard with a missing value");
        robot.clickOn("#nav-districts");
        TableView<?> table = robot.lookup("#districts-table").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == 3);
        assertNoEnglish("districts");
        robot.clickOn("#nav-pareto");
        waitUntil(() -> robot.lookup("#pareto-share").tryQuery().isPresent()
                && robot.lookup("#pareto-share").queryAs(Label.class).getText().equals("50.00%"));
        assertNoEnglish("TOP problems");
        Stage stage = (Stage) robot.lookup("#shell").query().getScene().getWindow();
        assertEquals("按 Esc 退出全屏", stage.getFullScreenExitHint(), "F11's hint in the UI's language");
        robot.clickOn("#nav-dashboard");
    }

    private String cardValue(Metric metric) {
        return ((Label) robot.lookup("#kpi-" + metric.key()).lookup(".kpi-value").query()).getText();
    }

    private void assertNoEnglish(String where) {
        List<String> english = new ArrayList<>();
        for (javafx.stage.Window w : javafx.stage.Window.getWindows()) {
            if (w.isShowing() && w.getScene() != null) {
                english.addAll(VisibleTexts.english(w.getScene().getRoot()));
            }
        }
        assertTrue(english.isEmpty(), where + " shows English: " + english);
    }

    @Test
    void d_unmaskingAsksOnceShowsABadgeAndTheProjectorAndFullScreenMaskAgain() throws Exception {
        robot.clickOn("#nav-tickets");
        robot.clickOn("#tickets-all-time"); // the ticket of 139…0009 is of 2015, not of the month in the header
        waitUntil(() -> robot.lookup("139****0009").tryQuery().isPresent());
        Node badge = robot.lookup("#privacy-badge").query();
        assertFalse(badge.isVisible());

        robot.clickOn("#tickets-unmask");
        waitUntil(() -> robot.lookup("#dialog-confirm").tryQuery().isPresent());
        DialogPane question = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertTrue(question.getContentText().contains("个人信息"), "the question names the risk");
        robot.clickOn("#dialog-cancel");
        assertTrue(robot.lookup("139****0009").tryQuery().isPresent(), "cancel keeps the numbers masked");
        assertFalse(robot.lookup("#tickets-unmask").queryAs(ToggleButton.class).isSelected());

        robot.clickOn("#tickets-unmask");
        waitUntil(() -> robot.lookup("#dialog-confirm").tryQuery().isPresent());
        robot.clickOn("#dialog-confirm");
        waitUntil(() -> robot.lookup("13900000009").tryQuery().isPresent());
        assertTrue(badge.isVisible(), "a badge says the numbers are visible");
        assertEquals("号码可见", ((Button) badge).getText());

        robot.interact(() -> robot.lookup("#theme-choice").queryAs(ComboBox.class).getSelectionModel().select(Theme.PROJECTOR));
        waitUntil(() -> robot.lookup("139****0009").tryQuery().isPresent());
        assertFalse(badge.isVisible());
        assertFalse(robot.lookup("#tickets-unmask").queryAs(ToggleButton.class).isSelected());
        robot.interact(() -> robot.lookup("#theme-choice").queryAs(ComboBox.class).getSelectionModel().select(Theme.LIGHT));

        robot.clickOn("#tickets-unmask"); // asked once per session: no second question
        waitUntil(() -> robot.lookup("13900000009").tryQuery().isPresent());
        assertTrue(robot.lookup("#dialog-confirm").tryQuery().isEmpty());
        Stage stage = (Stage) badge.getScene().getWindow();
        robot.press(KeyCode.F11).release(KeyCode.F11);
        waitUntil(stage::isFullScreen);
        waitUntil(() -> robot.lookup("139****0009").tryQuery().isPresent());
        assertFalse(badge.isVisible(), "full screen masks the numbers");
        robot.press(KeyCode.F11).release(KeyCode.F11);
        waitUntil(() -> !stage.isFullScreen());

        robot.clickOn("#tickets-unmask");
        waitUntil(() -> badge.isVisible());
        robot.clickOn("#privacy-badge"); // the badge masks them again
        waitUntil(() -> robot.lookup("139****0009").tryQuery().isPresent());
        assertFalse(badge.isVisible());
    }

    @Test
    @SuppressWarnings("unchecked")
    void e_theDistrictsTableKeepsItsSortAddsUpAndMarksMissedTargets() throws Exception {
        robot.clickOn("#nav-dashboard");
        grain(Grain.MONTH);
        waitUntil(() -> !period().isEmpty());
        stepBackTo("2014-05");
        robot.clickOn("#nav-districts");
        TableView<DistrictComparison.Row> table = robot.lookup("#districts-table").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == 3 && table.getItems().stream().anyMatch(r -> r.district() != null
                && r.kpis().period().toString().equals("2014-05")));
        // the city's row adds up the districts: 龙华 3 + 坪山 3 complaints, T8 + T10 escalations… and is last
        DistrictComparison.Row city = table.getItems().get(2);
        assertTrue(city.city());
        for (Metric m : List.of(Metric.COMPLAINTS, Metric.ESCALATIONS_MAJOR, Metric.INSTALL_REPAIR_COMPLAINTS)) {
            double sum = table.getItems().stream().filter(r -> !r.city())
                    .mapToDouble(r -> r.kpis().metrics().get(m).value()).sum();
            assertEquals(sum, city.kpis().metrics().get(m).value(), 1e-9, m.key());
        }
        assertEquals(6.0, city.kpis().metrics().get(Metric.COMPLAINTS).value());
        assertTrue(robot.lookup(".total-row").tryQuery().isPresent());
        // 坪山 closed T10 in May, not at first contact: 0 % against the target of 95 % is marked
        assertTrue(robot.lookup(".number-cell.status-missed").queryAll().stream()
                .anyMatch(n -> "0.00%".equals(((javafx.scene.control.Labeled) n).getText())));
        assertTrue(robot.lookup("#districts-tier-legend").query().isVisible());

        TableColumn<DistrictComparison.Row, ?> complaints = table.getColumns().stream()
                .filter(c -> "districts-col-complaints".equals(c.getId())).findFirst().orElseThrow();
        robot.interact(() -> {
            complaints.setSortType(TableColumn.SortType.ASCENDING);
            table.getSortOrder().setAll(complaints);
        });
        assertSortedByComplaints(table);
        robot.clickOn("#period-previous"); // 2014-04: no complaint anywhere
        waitUntil(() -> table.getItems().get(0).kpis().period().toString().equals("2014-04"));
        assertEquals(List.of(complaints), table.getSortOrder());
        assertSortedByComplaints(table);
        stepBackTo("2013-05"); // 坪山 2 (T4 T5) before 龙华 3 (T1 T2 T3), against the districts' own order
        waitUntil(() -> table.getItems().get(0).kpis().period().toString().equals("2013-05"));
        assertSortedByComplaints(table);
        assertEquals("坪山", table.getItems().get(0).district());
        robot.clickOn("#nav-dashboard");
        robot.clickOn("#nav-districts");
        waitUntil(() -> table.getItems().get(0).kpis().period().toString().equals("2013-05"));
        assertEquals(List.of(complaints), table.getSortOrder(), "the sort survives a change of screen");
        assertEquals(List.of("坪山", "龙华"), table.getItems().subList(0, 2).stream().map(DistrictComparison.Row::district)
                .toList());
        assertTrue(table.getItems().get(2).city());
        robot.interact(() -> table.getSortOrder().clear());
    }

    private static void assertSortedByComplaints(TableView<DistrictComparison.Row> table) {
        List<DistrictComparison.Row> rows = table.getItems();
        assertTrue(rows.get(rows.size() - 1).city(), "the city's row is always last");
        for (int i = 1; i < rows.size() - 1; i++) {
            assertTrue(rows.get(i - 1).kpis().metrics().get(Metric.COMPLAINTS).value()
                    <= rows.get(i).kpis().metrics().get(Metric.COMPLAINTS).value(), rows.toString());
        }
    }
}
