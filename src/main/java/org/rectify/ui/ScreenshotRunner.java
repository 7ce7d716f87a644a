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
import org.rectify.ui.theme.Theme;
import org.rectify.ui.theme.ThemeManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code --screenshots DIR}: shows each screen, waits until its data is on screen, renders the
 * window at each size into PNG ({@code screen-WxH.png}, or {@code screen-theme-WxH.png} for a theme
 * other than light) and exits.
 */
final class ScreenshotRunner {

    private static final Logger LOG = LoggerFactory.getLogger(ScreenshotRunner.class);
    private static final List<int[]> SIZES = List.of(new int[] {1280, 800}, new int[] {1920, 1080});
    private static final int MAX_WAITS = 1200; // × 250 ms: a first start loads the demo data first

    private final Stage stage;
    private final Shell shell;
    private final ThemeManager themes;
    private final Path folder;
    private final List<String> screens;
    private final Meeting meeting;
    private int waits;

    /** Meeting mode, for its pages' pictures after the screens'. */
    interface Meeting {
        void enter();

        boolean ready();

        /** Shows a district page worth a picture, an item on it chosen. */
        void showDistrict();

        void showCity();
    }

    /** The mapping wizard on the latest file of the sync log that needed a profile. */
    interface Wizard {
        /** Opens it; false when no file of the log is there to open. */
        boolean open();

        boolean ready();

        void close();
    }

    private Wizard wizard;

    ScreenshotRunner(Stage stage, Shell shell, ThemeManager themes, Path folder, Meeting meeting, Wizard wizard) {
        this.wizard = wizard;
        this.meeting = meeting;
        this.stage = stage;
        this.shell = shell;
        this.themes = themes;
        this.folder = folder;
        this.screens = shell.screenIds();
    }

    void start() {
        later(() -> shoot(0, 0));
    }

    private void shoot(int screen, int size) {
        if (screen == screens.size()) {
            shell.show("sync");
            if (wizard.open()) {
                shootWizard(0);
            } else {
                meeting.enter();
                shootMeeting(0);
            }
            return;
        }
        if (size == SIZES.size()) {
            shoot(screen + 1, 0);
            return;
        }
        String id = screens.get(screen);
        shell.show(id);
        int[] wh = SIZES.get(size);
        stage.setWidth(wh[0]);
        stage.setHeight(wh[1]);
        waits = 0;
        awaitReady(() -> {
            shell.showcaseCurrent();
            later(() -> later(() -> {
                write(id, wh);
                shoot(screen, size + 1);
            }));
        });
    }

    /** The meeting's city page and a district's page (one with a rebound to discuss) at each size. */
    private void shootMeeting(int shot) {
        if (shot == 2 * SIZES.size()) {
            Platform.exit();
            return;
        }
        int[] wh = SIZES.get(shot % SIZES.size());
        boolean city = shot < SIZES.size();
        stage.setWidth(wh[0]);
        stage.setHeight(wh[1]);
        waits = 0;
        awaitMeeting(() -> {
            if (city) {
                meeting.showCity();
            } else {
                meeting.showDistrict();
            }
            later(() -> later(() -> {
                write(city ? "meeting-city" : "meeting-district", wh);
                shootMeeting(shot + 1);
            }));
        });
    }

    private void shootWizard(int size) {
        if (size == SIZES.size()) {
            wizard.close();
            meeting.enter();
            shootMeeting(0);
            return;
        }
        int[] wh = SIZES.get(size);
        stage.setWidth(wh[0]);
        stage.setHeight(wh[1]);
        waits = 0;
        awaitWizard(() -> later(() -> later(() -> {
            write("sync-wizard", wh);
            shootWizard(size + 1);
        })));
    }

    private void awaitWizard(Runnable then) {
        if (!wizard.ready() && ++waits < MAX_WAITS) {
            later(() -> awaitWizard(then));
            return;
        }
        then.run();
    }

    private void awaitMeeting(Runnable then) {
        if (!meeting.ready() && ++waits < MAX_WAITS) {
            later(() -> awaitMeeting(then));
            return;
        }
        then.run();
    }

    private void awaitReady(Runnable then) {
        if ((shell.overlayShown() || !shell.currentReady()) && ++waits < MAX_WAITS) {
            later(() -> awaitReady(then));
            return;
        }
        then.run();
    }

    private void write(String id, int[] wh) {
        Theme theme = themes.theme().get();
        String name = id + (theme == Theme.LIGHT ? "" : "-" + theme.key()) + "-" + wh[0] + "x" + wh[1] + ".png";
        Path file = folder.resolve(name);
        try {
            ScenePng.write(stage.getScene(), file);
            System.out.println("Screenshot " + file.toAbsolutePath());
        } catch (IOException e) {
            LOG.error("Cannot write screenshot {}", file, e);
            System.err.println("Cannot write " + file + ": " + e.getMessage());
        }
    }

    private static void later(Runnable action) {
        PauseTransition pause = new PauseTransition(Duration.millis(400));
        pause.setOnFinished(e -> action.run());
        pause.play();
    }
}
