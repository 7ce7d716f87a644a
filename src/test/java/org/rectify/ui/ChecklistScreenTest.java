package org.rectify.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rectify.testing.DesktopHarness.waitUntil;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rectify.checklist.ChecklistService;
import org.rectify.checklist.ChecklistSettings;
import org.rectify.checklist.ChecklistWeeks;
import org.rectify.checklist.ItemRow;
import org.rectify.domain.ItemChange;
import org.rectify.domain.ItemKind;
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

/** The checklist screen in the real window: the week's items, bulk edit of owner, cause and status, the history. */
class ChecklistScreenTest {

    // "today" is the day after the data (it ends 2014-03-11), in week 11
    @RegisterExtension
    static final DesktopWindow WINDOW = DesktopWindow.over(ChecklistWeeks::desktopStore);
    private final FxRobot robot = new FxRobot();

    @Test
    void bulkEditsOwnerCauseAndStatusAndShowsTheHistory() throws Exception {
        robot.clickOn("#nav-checklist");
        TableView<ItemRow> table = robot.lookup("#checklist-table").queryTableView();
        waitUntil(() -> table.getItems().size() == 8);
        assertEquals("2014-W11（2014-03-10 至 2014-03-16）", robot.lookup("#checklist-week").queryAs(Label.class).getText());
        assertEquals("演示数据：今天按 2014-03-12 计", robot.lookup("#checklist-today").queryAs(Label.class).getText());
        assertEquals("已销号 0 / 共 8 项", robot.lookup("#checklist-progress").queryAs(Label.class).getText());
        // on a machine without a Chinese font the window uses the bundled one (checked with the fonts hidden)
        org.rectify.ui.theme.UiFont.familyOverride().ifPresent(family -> assertEquals(family,
                robot.lookup("#checklist-week").queryAs(Label.class).getFont().getFamily()));

        // every ticket item of the week: four rows chosen at once
        robot.interact(() -> {
            for (int i = 0; i < table.getItems().size(); i++) {
                if (table.getItems().get(i).item().kind() == ItemKind.TICKET) {
                    table.getSelectionModel().select(i);
                }
            }
        });
        assertEquals("已选 4 项", robot.lookup("#bulk-count").queryAs(Label.class).getText());
        robot.clickOn("#bulk-owner").write("张工");
        ComboBox<String> cause = robot.lookup("#bulk-cause").queryComboBox();
        ComboBox<ItemStatus> status = robot.lookup("#bulk-status").queryComboBox();
        robot.interact(() -> {
            cause.setValue("配线错误");
            status.setValue(ItemStatus.IN_PROGRESS);
        });
        robot.clickOn("#bulk-apply");
        waitUntil(() -> table.getItems().stream().filter(r -> r.item().kind() == ItemKind.TICKET)
                .allMatch(r -> "张工".equals(r.item().owner()) && "配线错误".equals(r.item().cause())
                        && r.item().status() == ItemStatus.IN_PROGRESS));
        assertTrue(table.getItems().stream().filter(r -> r.item().kind() == ItemKind.PROBLEM)
                .allMatch(r -> r.item().owner() == null), "the other rows are untouched");

        // one item chosen: its history tells who changed what
        int firstTicket = indexOfFirst(table, ItemKind.TICKET);
        robot.interact(() -> {
            table.getSelectionModel().clearSelection();
            table.getSelectionModel().select(firstTicket);
        });
        ListView<ItemChange> history = robot.lookup("#detail-history").queryListView();
        waitUntil(() -> history.getItems().size() == 4);
        assertEquals(List.of("created", "owner", "status", "cause"), history.getItems().stream().map(ItemChange::field).toList());
        assertTrue(history.getItems().stream().skip(1).allMatch(c -> c.changedBy().equals("李主任")));
        WaitForAsyncUtils.waitForFxEvents();
        List<String> lines = robot.lookup("#detail-history .list-cell").queryAll().stream()
                .map(n -> ((javafx.scene.control.ListCell<?>) n).getText()).filter(t -> t != null).toList();
        assertTrue(lines.stream().anyMatch(l -> l.endsWith("李主任：状态 由“未启动”改为“整改中”")), lines.toString());
    }

    @Test
    void aRefusedBulkEditSaysWhyAndChangesNothing() throws Exception {
        robot.clickOn("#nav-checklist");
        TableView<ItemRow> table = robot.lookup("#checklist-table").queryTableView();
        waitUntil(() -> table.getItems().size() == 8);
        int problem = indexOfFirst(table, ItemKind.PROBLEM);
        ItemStatus before = table.getItems().get(problem).item().status();
        robot.interact(() -> {
            table.getSelectionModel().clearSelection();
            table.getSelectionModel().select(problem);
        });
        ComboBox<ItemStatus> status = robot.lookup("#bulk-status").queryComboBox();
        robot.interact(() -> status.setValue(ItemStatus.SIGNED_OFF));
        robot.clickOn("#bulk-apply");
        Label error = robot.lookup("#checklist-error").queryAs(Label.class);
        waitUntil(() -> error.getText().contains("不能从"));
        assertTrue(error.getText().matches("事项 #\\d+ 不能从“" + before.chinese() + "”直接改为“已销号”"), error.getText());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, table.getItems().get(problem).item().status());
    }

    @Test
    void aProblemItemOpensItsTrendAndItsTickets() throws Exception {
        robot.clickOn("#nav-checklist");
        TableView<ItemRow> table = robot.lookup("#checklist-table").queryTableView();
        waitUntil(() -> table.getItems().size() == 8);
        int rising = -1;
        for (int i = 0; i < table.getItems().size(); i++) {
            if (ChecklistWeeks.RISING.equals(table.getItems().get(i).item().problem())
                    && table.getItems().get(i).item().kind() == ItemKind.PROBLEM) {
                rising = i;
            }
        }
        int row = rising;
        robot.interact(() -> {
            table.getSelectionModel().clearSelection();
            table.getSelectionModel().select(row);
        });
        waitUntil(() -> robot.lookup("#checklist-trend").tryQuery().map(javafx.scene.Node::isVisible).orElse(false));
        robot.clickOn("#detail-tickets");
        TableView<?> tickets = robot.lookup("#tickets-table").queryTableView();
        // the 16 complaints of 宽带修障超时 in 龙华 in 2014-W10 that made the item
        waitUntil(() -> tickets.isVisible() && tickets.getItems().size() == 16);
    }

    @Test
    void theWeeksMeetingPackIsMadeAndListedFromTheMenu() throws Exception {
        robot.clickOn("#nav-checklist");
        TableView<ItemRow> table = robot.lookup("#checklist-table").queryTableView();
        waitUntil(() -> table.getItems().size() == 8);
        robot.clickOn("#checklist-packs");
        robot.clickOn("生成 2014-W11 例会材料（PDF、PPTX、XLSX）");
        Path week = WINDOW.store().folder().resolve("packs").resolve("2014-W11");
        waitUntil(() -> java.nio.file.Files.exists(week.resolve("周整改例会-2014-W11.xlsx")));
        assertEquals(3, java.nio.file.Files.list(week).filter(f -> !f.getFileName().toString().startsWith(".")).count());
        robot.push(javafx.scene.input.KeyCode.ESCAPE);
        robot.clickOn("#checklist-packs");
        assertTrue(robot.lookup("2014-W11").tryQuery().isPresent(), "the archived week is listed");
        robot.push(javafx.scene.input.KeyCode.ESCAPE);
    }

    @Test
    void theTrendMarksTheWeeksProblemItemsAndHidesThemOnRequest() throws Exception {
        long problems = new ChecklistService(WINDOW.store(), Clock.systemDefaultZone()).list(Period.parse("2014-W10"), null).rows()
                .stream().filter(r -> r.item().kind() == ItemKind.PROBLEM).count();
        assertTrue(problems >= 3, "W10 has 龙华's three problem items");
        robot.clickOn("#nav-trends");
        waitUntil(() -> raisedMarks().equals(List.of(String.valueOf(problems))));
        robot.clickOn("#trends-marks");
        waitUntil(() -> raisedMarks().isEmpty() && chart() != null);
        robot.clickOn("#trends-marks");
        waitUntil(() -> raisedMarks().equals(List.of(String.valueOf(problems))));
    }

    private org.jfree.chart.JFreeChart chart() {
        return robot.lookup("#trends-chart").lookup((javafx.scene.Node n) -> n instanceof org.jfree.chart.fx.ChartViewer)
                .queryAs(org.jfree.chart.fx.ChartViewer.class).getChart();
    }

    /** The counts the trend on screen marks (no item of this WINDOW.store() is done yet: the counts of items raised). */
    private List<String> raisedMarks() {
        org.jfree.chart.JFreeChart chart = chart();
        var markers = chart == null ? null : chart.getCategoryPlot().getDomainMarkers(org.jfree.chart.ui.Layer.BACKGROUND);
        if (markers == null) {
            return List.of();
        }
        List<org.jfree.chart.plot.Marker> all = new java.util.ArrayList<>();
        for (Object m : markers) {
            all.add((org.jfree.chart.plot.Marker) m);
        }
        return all.stream().map(org.jfree.chart.plot.Marker::getLabel).toList();
    }

    private static int indexOfFirst(TableView<ItemRow> table, ItemKind kind) {
        for (int i = 0; i < table.getItems().size(); i++) {
            if (table.getItems().get(i).item().kind() == kind) {
                return i;
            }
        }
        throw new AssertionError("no " + kind + " row");
    }
}
