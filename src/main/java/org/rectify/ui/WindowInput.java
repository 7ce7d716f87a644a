package org.rectify.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.stage.Stage;

/**
 * The main window's keys and drops: Ctrl+1…9 a screen, Ctrl+←/→ the period, F11 full screen, F5 the
 * meeting; files or folders dropped anywhere are imported on the sync screen when drops are taken.
 */
final class WindowInput {

    private WindowInput() {
    }

    static void keys(Scene scene, Stage stage, List<String> screenIds, Consumer<String> show, IntConsumer stepPeriod,
            Runnable meeting) {
        for (int i = 0; i < screenIds.size() && i < 9; i++) {
            String id = screenIds.get(i);
            scene.getAccelerators().put(new KeyCodeCombination(KeyCode.valueOf("DIGIT" + (i + 1)),
                    KeyCombination.SHORTCUT_DOWN), () -> show.accept(id));
        }
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.LEFT, KeyCombination.SHORTCUT_DOWN),
                () -> stepPeriod.accept(-1));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.RIGHT, KeyCombination.SHORTCUT_DOWN),
                () -> stepPeriod.accept(1));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F11), () -> stage.setFullScreen(!stage.isFullScreen()));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F5), meeting);
    }

    /** {@code taking} says whether a drop is taken now (not during a meeting, not by a window that only reads). */
    static void drops(Scene scene, BooleanSupplier taking, Consumer<List<Path>> dropped) {
        scene.setOnDragOver(event -> {
            if (event.getDragboard().hasFiles() && taking.getAsBoolean()) {
                event.acceptTransferModes(TransferMode.COPY);
            }
            event.consume();
        });
        scene.setOnDragDropped(event -> {
            boolean taken = event.getDragboard().hasFiles() && taking.getAsBoolean();
            if (taken) {
                dropped.accept(event.getDragboard().getFiles().stream().map(java.io.File::toPath).toList());
            }
            event.setDropCompleted(taken);
            event.consume();
        });
    }
}
