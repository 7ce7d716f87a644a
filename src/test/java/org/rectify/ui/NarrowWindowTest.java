package org.rectify.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Application;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rectify.checklist.ChecklistWeeks;
import org.rectify.store.Store;
import org.rectify.testing.DesktopHarness;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every screen on the window's least size (1024 × 680, the stage's minimum): nothing is laid out past
 * the window's right edge (what scrolls inside a table, a list or a scroll pane may).
 */
class NarrowWindowTest {

    @TempDir
    static Path folder;
    private static Store store;
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void openStore() throws Exception {
        store = ChecklistWeeks.desktopStore(folder);
    }

    @AfterAll
    static void closeStore() {
        store.close();
    }

    @Test
    void everyScreenKeepsWithinTheNarrowestWindowInChinese() throws Exception {
        assertWithinTheWindow(java.util.Locale.SIMPLIFIED_CHINESE, "整改清单");
    }

    @Test
    void everyScreenKeepsWithinTheNarrowestWindowInEnglish() throws Exception {
        assertWithinTheWindow(java.util.Locale.ENGLISH, "Checklist");
    }

    private void assertWithinTheWindow(java.util.Locale language, String checklistInThatLanguage) throws Exception {
        Application app = DesktopHarness.start(store, folder, language);
        Stage stage = (Stage) robot.lookup("#nav-dashboard").query().getScene().getWindow();
        assertEquals(checklistInThatLanguage, robot.lookup("#nav-checklist").queryAs(javafx.scene.control.Labeled.class)
                .getText());
        double width = stage.getWidth();
        double height = stage.getHeight();
        List<String> past = new ArrayList<>();
        try {
            robot.interact(() -> {
                stage.setWidth(1024);
                stage.setHeight(680);
            });
            for (String screen : List.of("dashboard", "trends", "pareto", "districts", "tickets", "sync", "checklist",
                    "settings")) {
                robot.clickOn("#nav-" + screen);
                Thread.sleep(300); // a screen's data arrive from a background task
                WaitForAsyncUtils.waitForFxEvents();
                past.addAll(WaitForAsyncUtils.asyncFx(() -> pastTheEdge(screen, stage.getScene().getRoot(),
                        stage.getScene().getWidth())).get());
            }
        } finally {
            robot.interact(() -> {
                stage.setWidth(width);
                stage.setHeight(height);
            });
            DesktopHarness.stop(app);
        }
        assertTrue(past.isEmpty(), "past the window's right edge at 1024 pixels (" + language + "): " + past);
    }

    private static List<String> pastTheEdge(String screen, Node node, double sceneWidth) {
        List<String> found = new ArrayList<>();
        if (!node.isVisible() || node.getScene() == null) {
            return found;
        }
        Bounds b = node.localToScene(node.getLayoutBounds());
        if (b.getWidth() > 0 && b.getMaxX() > sceneWidth + 1) {
            found.add(screen + ": " + describe(node) + " ends at " + Math.round(b.getMaxX()));
            return found; // its children are counted with it
        }
        boolean scrolls = node instanceof ScrollPane || node instanceof TableView || node instanceof ListView;
        if (node instanceof Parent parent && !scrolls) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                found.addAll(pastTheEdge(screen, child, sceneWidth));
            }
        }
        return found;
    }

    private static String describe(Node node) {
        String id = node.getId() != null ? "#" + node.getId() : node.getClass().getSimpleName();
        return node instanceof javafx.scene.control.Labeled l && l.getText() != null ? id + " '" + l.getText() + "'" : id;
    }
}
