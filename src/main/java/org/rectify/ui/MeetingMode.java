package org.rectify.ui;

import java.util.function.Supplier;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.rectify.ui.common.PrivacyGuard;
import org.rectify.ui.meeting.MeetingController;
import org.rectify.ui.meeting.MeetingView;
import org.rectify.ui.theme.Theme;
import org.rectify.ui.theme.ThemeManager;

/**
 * Meeting mode (F5): the window shows the meeting's pages instead of the screens, full screen, in the
 * projector theme (which masks the numbers); leaving gives the window back as it was.
 */
final class MeetingMode implements ScreenshotRunner.Meeting {

    private final Stage stage;
    private final ThemeManager themes;
    private final MeetingController controller;
    private final PrivacyGuard privacy;
    private final Supplier<Parent> screensRoot;
    private final Runnable afterLeaving;
    /** False while screenshots are taken: the pictures are of the window as it is. */
    private final boolean fullScreen;
    private MeetingView view;
    private boolean active;
    private Theme themeBefore;

    MeetingMode(Stage stage, ThemeManager themes, MeetingController controller, PrivacyGuard privacy,
            Supplier<Parent> screensRoot, Runnable afterLeaving, boolean fullScreen) {
        this.stage = stage;
        this.themes = themes;
        this.controller = controller;
        this.privacy = privacy;
        this.screensRoot = screensRoot;
        this.afterLeaving = afterLeaving;
        this.fullScreen = fullScreen;
        buildView();
        // leaving full screen by the system's own means leaves the meeting too
        stage.fullScreenProperty().addListener((obs, was, now) -> {
            if (!now && active && fullScreen) {
                leave();
            }
        });
    }

    /** The pages built again, in the language now in use. */
    void buildView() {
        view = new MeetingView(controller.model(), controller, privacy, this::leave);
    }

    boolean active() {
        return active;
    }

    @Override
    public void enter() {
        if (active) {
            return;
        }
        active = true;
        themeBefore = themes.theme().get();
        Scene scene = stage.getScene();
        scene.setRoot(view.root());
        themes.theme().set(Theme.PROJECTOR);
        themes.refresh();
        view.attach(scene);
        controller.start();
        if (fullScreen) {
            // Esc is the meeting's own key: it leaves the meeting, and full screen with it
            stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
            stage.setFullScreen(true);
        }
    }

    void leave() {
        if (!active) {
            return;
        }
        active = false;
        controller.stop();
        view.detach();
        stage.getScene().setRoot(screensRoot.get());
        themes.theme().set(themeBefore);
        themes.refresh();
        stage.setFullScreenExitKeyCombination(null);
        stage.setFullScreen(false);
        afterLeaving.run();
    }

    @Override
    public boolean ready() {
        return controller.model().pack().get() != null;
    }

    @Override
    public void showDistrict() {
        controller.showcase();
    }

    @Override
    public void showCity() {
        controller.jumpTo(-1);
    }
}
