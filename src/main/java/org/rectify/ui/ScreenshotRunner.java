package org.rectify.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.rectify.ui.common.ScenePng;
import org.rectify.ui.shell.Shell;
import org.rectify.ui.tickets.TicketsModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code --screenshots DIR}: once the data is on screen, renders the window at each size into PNG and exits. */
final class ScreenshotRunner {

    private static final Logger LOG = LoggerFactory.getLogger(ScreenshotRunner.class);
    private static final List<int[]> SIZES = List.of(new int[] {1280, 800}, new int[] {1920, 1080});
    private static final int MAX_WAITS = 1200; // × 250 ms: a first start loads the demo data first

    private final Stage stage;
    private final Shell shell;
    private final TicketsModel tickets;
    private final Path folder;
    private int waits;

    ScreenshotRunner(Stage stage, Shell shell, TicketsModel tickets, Path folder) {
        this.stage = stage;
        this.shell = shell;
        this.tickets = tickets;
        this.folder = folder;
    }

    void start() {
        later(this::waitForData);
    }

    private void waitForData() {
        boolean failed = !tickets.errorProperty().get().isEmpty();
        boolean ready = failed || !shell.overlayShown() && !tickets.loadingProperty().get()
                && tickets.tickets().size() > 0 && tickets.tickets().isLoaded(0);
        if (!ready && ++waits < MAX_WAITS) {
            if (tickets.tickets().size() > 0) {
                tickets.tickets().get(0); // make sure the first page is asked for
            }
            later(this::waitForData);
            return;
        }
        shoot(0);
    }

    private void shoot(int index) {
        if (index == SIZES.size()) {
            Platform.exit();
            return;
        }
        int[] size = SIZES.get(index);
        stage.setWidth(size[0]);
        stage.setHeight(size[1]);
        later(() -> {
            Path file = folder.resolve("tickets-" + size[0] + "x" + size[1] + ".png");
            try {
                ScenePng.write(stage.getScene(), file);
                System.out.println("Screenshot " + file.toAbsolutePath());
            } catch (IOException e) {
                LOG.error("Cannot write screenshot {}", file, e);
                System.err.println("Cannot write " + file + ": " + e.getMessage());
            }
            shoot(index + 1);
        });
    }

    private static void later(Runnable action) {
        PauseTransition pause = new PauseTransition(Duration.millis(250));
        pause.setOnFinished(e -> action.run());
        pause.play();
    }
}
