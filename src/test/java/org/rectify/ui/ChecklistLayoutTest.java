package org.rectify.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rectify.testing.DesktopHarness.waitUntil;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rectify.checklist.ChecklistWeeks;
import org.rectify.checklist.ItemRow;
import org.rectify.testing.DesktopHarness;
import org.rectify.testing.DesktopWindow;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The checklist screen as the window is resized (in a window of its own: it resizes the stage): the
 * columns that give way on a narrow window come back on a wide one, their cells lined up with the rest
 * of their rows; on the narrowest window the toolbar's buttons show their icons and nothing passes the
 * window's edge.
 */
class ChecklistLayoutTest {

    @RegisterExtension
    static final DesktopWindow WINDOW = DesktopWindow.over(ChecklistWeeks::desktopStore);
    private final FxRobot robot = new FxRobot();

    @Test
    void columnsThatComeBackOnAWiderWindowLineUpWithTheirRows() throws Exception {
        Stage stage = (Stage) robot.lookup("#nav-checklist").query().getScene().getWindow();
        double width = stage.getWidth();
        try {
            // the rows are first made on a narrow window, where the least needed columns give way
            robot.interact(() -> stage.setWidth(1000));
            robot.clickOn("#nav-checklist");
            TableView<ItemRow> table = robot.lookup("#checklist-table").queryTableView();
            waitUntil(() -> table.getItems().size() == 8);
            // age, reviewer, cause, type: the columns that give way, least needed first
            waitUntil(() -> !column(table, "age").isVisible());
            robot.interact(() -> table.getSelectionModel().select(0));
            waitUntil(() -> !column(table, "kind").isVisible());
            // widened step by step, as a window's edge is dragged (one jump did not show the fault)
            for (int w = 1100; w <= 1920; w += 60) {
                int next = w;
                robot.interact(() -> stage.setWidth(next));
            }
            robot.interact(() -> stage.setWidth(1920));
            // and the item's detail beside the table made narrower by its divider
            javafx.scene.control.SplitPane split = (javafx.scene.control.SplitPane) robot.lookup(".split-pane")
                    .match(n -> ((javafx.scene.control.SplitPane) n).getItems().contains(table)).query();
            for (double position = split.getDividerPositions()[0]; position < 0.8; position += 0.05) {
                double next = position;
                robot.interact(() -> split.setDividerPositions(next));
            }
            robot.interact(() -> split.setDividerPositions(0.8));
            waitUntil(() -> column(table, "age").isVisible());
            WaitForAsyncUtils.waitForFxEvents();
            List<String> misplaced = WaitForAsyncUtils.asyncFx(() -> cellsOutOfLine(table)).get();
            assertTrue(misplaced.isEmpty(), "cells out of line with their rows: " + misplaced);
        } finally {
            robot.interact(() -> stage.setWidth(width));
        }
    }

    @Test
    void onTheNarrowestWindowTheToolbarAndTheTableKeepWithinIt() throws Exception {
        Stage stage = (Stage) robot.lookup("#nav-checklist").query().getScene().getWindow();
        double width = stage.getWidth();
        try {
            robot.clickOn("#nav-checklist");
            waitUntil(() -> robot.lookup("#checklist-table").queryTableView().getItems().size() == 8);
            // the window's least width (1024): the actions show their icons, their words in tooltips
            robot.interact(() -> stage.setWidth(1024));
            waitUntil(() -> ((org.rectify.ui.common.IconOnlyWhenNarrow) robot.lookup("#checklist-toolbar").query()).compact());
            WaitForAsyncUtils.waitForFxEvents();
            for (String id : List.of("#checklist-packs", "#checklist-import", "#checklist-today")) {
                Node node = robot.lookup(id).query();
                double right = WaitForAsyncUtils.asyncFx(() -> node.localToScene(node.getLayoutBounds()).getMaxX()).get();
                assertTrue(right <= node.getScene().getWidth(), id + " ends at " + right + " of " + node.getScene().getWidth());
            }
            javafx.scene.control.Labeled packs = robot.lookup("#checklist-packs").queryAs(javafx.scene.control.Labeled.class);
            assertEquals("例会材料", packs.getTooltip().getText());
            // with an item's detail beside it the table keeps its status column, and its columns within its width
            TableView<ItemRow> table = robot.lookup("#checklist-table").queryTableView();
            robot.interact(() -> table.getSelectionModel().select(0));
            waitUntil(() -> robot.lookup("#checklist-detail").tryQuery().map(Node::isVisible).orElse(false));
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(column(table, "status").isVisible());
            double columns = WaitForAsyncUtils.asyncFx(() -> table.getVisibleLeafColumns().stream()
                    .mapToDouble(TableColumn::getWidth).sum()).get();
            assertTrue(columns <= table.getWidth(), "columns " + columns + " in a table of " + table.getWidth());
            // a full-HD window has room for the words
            robot.interact(() -> stage.setWidth(1920));
            waitUntil(() -> !((org.rectify.ui.common.IconOnlyWhenNarrow) robot.lookup("#checklist-toolbar").query()).compact());
        } finally {
            robot.interact(() -> stage.setWidth(width));
        }
    }

    private static TableColumn<ItemRow, ?> column(TableView<ItemRow> table, String id) {
        return table.getColumns().stream().filter(c -> ("checklist-col-" + id).equals(c.getId())).findFirst().orElseThrow();
    }

    /**
     * For each row, each visible column without a cell of its own or whose text does not stand in the
     * middle of the row (a cell laid out at its own height stands at the row's top).
     */
    private static List<String> cellsOutOfLine(TableView<ItemRow> table) {
        List<String> found = new ArrayList<>();
        for (Node node : table.lookupAll(".table-row-cell")) {
            TableRow<?> row = (TableRow<?>) node;
            if (row.isEmpty() || !row.isVisible()) {
                continue;
            }
            for (TableColumn<ItemRow, ?> column : table.getVisibleLeafColumns()) {
                TableCell<?, ?> cell = row.getChildrenUnmodifiable().stream()
                        .filter(n -> n instanceof TableCell<?, ?> c && c.getTableColumn() == column && c.isVisible())
                        .map(n -> (TableCell<?, ?>) n).findFirst().orElse(null);
                if (cell == null) {
                    found.add("row " + row.getIndex() + " has no cell of " + column.getId());
                    continue;
                }
                Node text = cell.lookup(".text");
                if (cell.getText() == null || cell.getText().isEmpty() || text == null) {
                    continue;
                }
                double middle = cell.getLayoutY() + text.getBoundsInParent().getCenterY();
                if (Math.abs(middle - row.getHeight() / 2) > 4) {
                    found.add("row " + row.getIndex() + " " + column.getId() + ": text's middle at " + middle + " of "
                            + row.getHeight());
                }
            }
        }
        return found;
    }
}
