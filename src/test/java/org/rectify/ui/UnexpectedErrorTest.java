package org.rectify.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.DialogPane;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rectify.store.Store;
import org.rectify.testing.DesktopHarness;
import org.testfx.api.FxRobot;

/** An exception nothing caught is said in a short dialog with the log's place, never as a stack trace. */
class UnexpectedErrorTest {

    @TempDir
    Path folder;
    private final FxRobot robot = new FxRobot();

    @Test
    void anUncaughtExceptionIsSaidShortlyWithTheLogsPlace() throws Exception {
        Store store = DesktopHarness.handSet(folder);
        Application app = DesktopHarness.start(store, folder);
        try {
            Platform.runLater(() -> {
                throw new IllegalStateException("the export folder vanished\n\tat org.rectify.Somewhere(Somewhere.java:1)");
            });
            DesktopHarness.waitUntil(() -> dialogText() != null);
            String text = dialogTextNow();
            assertTrue(text.contains("the export folder vanished"), text);
            assertTrue(text.contains("rectify.log"), "names the log: " + text);
            assertFalse(text.contains("\tat "), "no stack trace: " + text);
            robot.interact(() -> Window.getWindows().stream()
                    .filter(w -> w.getScene() != null && w.getScene().getRoot() instanceof DialogPane)
                    .toList().forEach(Window::hide));
        } finally {
            DesktopHarness.stop(app);
            store.close();
        }
    }

    /** The content of the open dialog, or null. */
    private static String dialogText() {
        return Window.getWindows().stream()
                .filter(w -> w.getScene() != null && w.getScene().getRoot() instanceof DialogPane)
                .map(w -> ((DialogPane) w.getScene().getRoot()).getContentText())
                .findFirst().orElse(null);
    }

    private String dialogTextNow() throws Exception {
        return org.testfx.util.WaitForAsyncUtils.asyncFx(UnexpectedErrorTest::dialogText).get();
    }
}
