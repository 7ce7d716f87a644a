package org.rectify.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rectify.testing.DesktopHarness.waitUntil;

import java.time.Clock;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rectify.checklist.ChecklistService;
import org.rectify.checklist.ChecklistSettings;
import org.rectify.checklist.ChecklistWeeks;
import org.rectify.domain.ChecklistItem;
import org.rectify.domain.ItemChange;
import org.rectify.domain.ItemStatus;
import org.rectify.domain.Period;
import org.rectify.store.Settings;
import org.rectify.store.SyncLog;
import org.rectify.sync.ImportListener;
import org.rectify.sync.TicketImporter;
import org.rectify.testing.DesktopHarness;
import org.rectify.testing.DesktopWindow;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Meeting mode driven by the keyboard alone: F5, pages, an item, a decision recorded with its history, Esc. */
class MeetingModeTest {

    // "today" is the day after the data (it ends 2014-03-11), in week 11
    @RegisterExtension
    static final DesktopWindow WINDOW = DesktopWindow.over(ChecklistWeeks::desktopStore);
    private final FxRobot robot = new FxRobot();

    @Test
    void aDecisionIsRecordedWithoutAMouse() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        robot.push(KeyCode.F5);
        waitUntil(() -> robot.lookup("#meeting-position").tryQuery().map(n -> ((Label) n).getText().equals("1 / 3"))
                .orElse(false));
        Label title = robot.lookup("#meeting-title").queryAs(Label.class);
        assertTrue(title.getText().startsWith("周整改例会 · 2014-W11"), title.getText());
        // the city page shows the city's weekly trend and TOP problems under its KPIs and ranking
        javafx.scene.layout.HBox cityCharts = robot.lookup("#meeting-city-charts").queryAs(javafx.scene.layout.HBox.class);
        assertEquals(2, cityCharts.getChildren().stream().filter(n -> n instanceof org.jfree.chart.fx.ChartViewer).count());
        assertEquals("全市 每周抱怨量", ((org.jfree.chart.fx.ChartViewer) cityCharts.getChildren().get(0)).getChart()
                .getTitle().getText());

        robot.push(KeyCode.RIGHT).push(KeyCode.RIGHT);
        waitUntil(() -> title.getText().equals("龙华 · 2014-W11"));
        robot.push(KeyCode.LEFT);
        waitUntil(() -> title.getText().equals("坪山 · 2014-W11"));
        robot.push(KeyCode.DIGIT2);
        waitUntil(() -> title.getText().equals("龙华 · 2014-W11"));
        robot.push(KeyCode.DOWN).push(KeyCode.UP);

        robot.push(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#meeting-decision").query().isVisible());
        robot.write("张工");
        robot.push(KeyCode.TAB).write("2014-03-21");
        robot.push(KeyCode.TAB).push(KeyCode.DOWN);
        robot.push(KeyCode.TAB).write("例会决定：本周内完成");
        robot.push(KeyCode.ENTER);
        waitUntil(() -> !robot.lookup("#meeting-decision").query().isVisible());

        ChecklistService service = new ChecklistService(WINDOW.store(), Clock.systemDefaultZone());
        ChecklistItem decided = service.list(Period.parse("2014-W11"), "龙华").rows().stream().map(r -> r.item())
                .filter(i -> "张工".equals(i.owner())).findFirst().orElseThrow();
        assertEquals(ItemStatus.IN_PROGRESS, decided.status());
        assertEquals(java.time.LocalDate.of(2014, 3, 21), decided.due());
        assertEquals("例会决定：本周内完成", decided.notes());
        List<String> fields = service.history(decided.id()).stream().map(ItemChange::field).toList();
        assertEquals(List.of("created", "owner", "due", "status", "notes"), fields);
        assertTrue(service.history(decided.id()).stream().skip(1).allMatch(c -> c.changedBy().equals("李主任")));

        robot.push(KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#nav-dashboard").tryQuery().isPresent());
    }
}
