package org.rectify.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.application.Application;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rectify.store.Backup;
import org.rectify.store.Restore;
import org.rectify.store.Store;
import org.rectify.testing.DesktopHarness;
import org.testfx.api.FxRobot;

/** A backup staged for the next start takes the store's place, and that start's window says which and where the old store went. */
class RestoredAtStartTest {

    @TempDir
    Path folder;

    @Test
    void theStatusLineNamesTheBackupAndTheFileTheReplacedStoreWasKeptAs() throws Exception {
        Path backup = folder.resolve("rectify-backup-20140601.db");
        try (Store store = DesktopHarness.handSet(folder)) {
            new Backup(store).writeTo(backup);
            Restore.stage(store.folder(), backup);
        }
        Store store = Store.open(folder.resolve("data"));
        Application app = null;
        try {
            Restore.RestoredAtOpen restored = store.restoredAtOpen().orElseThrow();
            String kept = restored.kept().getFileName().toString();
            // as the app's start does with the store it opened
            RectifyApp.restoredAtStart(restored.backup(), kept);
            app = DesktopHarness.start(store, folder);
            Label status = new FxRobot().lookup("#shell-status").queryAs(Label.class);
            DesktopHarness.waitUntil(() -> status.getText().contains("rectify-backup-20140601.db"));
            assertTrue(status.getText().contains(kept), status.getText());
        } finally {
            if (app != null) {
                DesktopHarness.stop(app);
            }
            store.close();
        }
    }
}
