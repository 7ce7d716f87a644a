package org.rectify.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javafx.application.Application;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rectify.store.Store;
import org.rectify.testing.DesktopHarness;
import org.rectify.ui.startup.FrontRequests;
import org.testfx.api.FxRobot;

/** One window per data folder: a second launch brings the running window forward; with no window it is refused in time. */
class SingleWindowTest {

    @TempDir
    Path folder;
    private final FxRobot robot = new FxRobot();

    @Test
    void aSecondLaunchBringsTheRunningWindowForward() throws Exception {
        Store store = DesktopHarness.handSet(folder);
        Application app = DesktopHarness.start(store, folder);
        try {
            robot.interact(() -> Window.getWindows().stream().filter(Stage.class::isInstance).map(Stage.class::cast)
                    .forEach(s -> s.setIconified(true)));
            assertTrue(FrontRequests.ask(store.folder(), Duration.ofSeconds(5)), "the running window took the request");
            assertFalse(Files.exists(store.folder().resolve("rectify.front")), "nothing is left behind");
            DesktopHarness.waitUntil(() -> Window.getWindows().stream().filter(Stage.class::isInstance).map(Stage.class::cast)
                    .anyMatch(s -> !s.isIconified()));
        } finally {
            DesktopHarness.stop(app);
            store.close();
        }
    }

    @Test
    void withNoWindowOnTheFolderTheRequestIsRefusedInTime() throws Exception {
        Path data = Files.createDirectories(folder.resolve("no-window"));
        long started = System.nanoTime();
        assertFalse(FrontRequests.ask(data, Duration.ofMillis(600)), "a command, not a window, writes this store");
        assertTrue(System.nanoTime() - started < 3_000_000_000L);
        assertFalse(Files.exists(data.resolve("rectify.front")), "the request is taken back");
    }
}
