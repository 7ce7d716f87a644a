package org.rectify.ui.meeting;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.event.EventHandler;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.rectify.report.pack.MeetingPack;
import org.rectify.ui.common.PrivacyGuard;
import org.rectify.ui.i18n.Messages;

/**
 * Meeting mode: an agenda, not a dashboard — the city page, then one page per district, driven by
 * the keyboard alone. Type is sized from the window's height, so it reads the same from the back
 * of the room at 1280×800 and at 1920×1080.
 */
public final class MeetingView {

    /** Font size per pixel of window height: 18 px at 800 px, 24 px at 1080 px. */
    /** The type on the 1280 × 800 window the pages are drawn for. */
    private static final double BASE_TYPE = 18.0;
    private static final double MIN_TYPE = 14.0;

    /**
     * The window against 1280 × 800, by the side with less room: a 4:3 projector (1024 × 768) gets the
     * pages as they are on 1280 × 800, smaller, rather than a height's type that pushes them past its sides.
     */
    static double windowScale(double width, double height) {
        return Math.min(height / 800, width / 1280);
    }

    /**
     * The scale of the pages' type, words and charts alike: the window's, but never below 14 px of
     * type. (The charts had kept the 1280 × 800 size on a 4:3 projector, and their problem names ran
     * into each other.)
     */
    static double typeScale(double width, double height) {
        return Math.max(MIN_TYPE / BASE_TYPE, windowScale(width, height));
    }

    private final MeetingModel model;
    private final MeetingController controller;
    private final PrivacyGuard privacy;
    private final StackPane root = new StackPane();
    private final BorderPane page = new BorderPane();
    private final Label title = new Label();
    private final Label position = new Label();
    private final Label timer = new Label();
    private final DecisionForm decision;
    private final ChangeListener<Object> redraw = (obs, old, now) -> showPage();
    private final EventHandler<KeyEvent> keys = this::onKey;
    private Scene scene;
    private final Runnable onExit;

    public MeetingView(MeetingModel model, MeetingController controller, PrivacyGuard privacy, Runnable onExit) {
        this.onExit = onExit;
        this.model = model;
        this.controller = controller;
        this.privacy = privacy;
        root.setId("meeting");
        root.getStyleClass().add("meeting");
        decision = new DecisionForm(model, controller::decide, controller::closeDecision);
        title.setId("meeting-title");
        title.getStyleClass().add("meeting-title");
        position.setId("meeting-position");
        timer.setId("meeting-timer");
        timer.getStyleClass().add("meeting-timer");
        timer.textProperty().bind(Bindings.createStringBinding(() -> Messages.format("meeting.timer",
                model.elapsedSeconds().get() / 60, model.elapsedSeconds().get() % 60), model.elapsedSeconds()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(16, title, spacer, timer, position);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("meeting-header-bar");
        Label hints = new Label(Messages.get("meeting.keys"));
        hints.getStyleClass().add("meeting-keys");
        page.setTop(header);
        page.setBottom(hints);
        page.setPadding(new Insets(16, 24, 12, 24));
        BorderPane.setMargin(hints, new Insets(8, 0, 0, 0));
        root.getChildren().addAll(page, decision.root());
        decision.root().visibleProperty().bind(model.deciding());
    }

    public StackPane root() {
        return root;
    }

    /** Shown in {@code target}: listens to the keys and the model, type follows the window's height. */
    public void attach(Scene target) {
        this.scene = target;
        root.styleProperty().bind(Bindings.createStringBinding(() -> String.format(java.util.Locale.ROOT,
                "-fx-font-size: %.1fpx;", typeScale(target.getWidth(), target.getHeight()) * BASE_TYPE),
                target.heightProperty(), target.widthProperty()));
        target.addEventFilter(KeyEvent.KEY_PRESSED, keys);
        target.heightProperty().addListener(redraw);
        target.widthProperty().addListener(redraw);
        model.pack().addListener(redraw);
        model.page().addListener(redraw);
        model.item().addListener(redraw);
        privacy.masked().addListener(redraw);
        model.deciding().addListener((obs, old, now) -> {
            if (now) {
                decision.show(model.chosenItem());
            }
        });
        showPage();
    }

    public void detach() {
        if (scene != null) {
            scene.removeEventFilter(KeyEvent.KEY_PRESSED, keys);
            scene.heightProperty().removeListener(redraw);
            scene.widthProperty().removeListener(redraw);
        }
        root.styleProperty().unbind();
        model.pack().removeListener(redraw);
        model.page().removeListener(redraw);
        model.item().removeListener(redraw);
        privacy.masked().removeListener(redraw);
    }

    private void onKey(KeyEvent e) {
        if (model.deciding().get()) {
            return; // the form has the keys
        }
        boolean handled = true;
        switch (e.getCode()) {
            case RIGHT, PAGE_DOWN -> controller.page(1);
            case LEFT, PAGE_UP -> controller.page(-1);
            case DOWN -> controller.item(1);
            case UP -> controller.item(-1);
            case ENTER -> controller.openDecision();
            case ESCAPE -> onExit.run();
            case T -> controller.toggleTimer();
            case M -> {
                if (privacy.masked().get()) {
                    privacy.requestUnmask();
                } else {
                    privacy.mask();
                }
            }
            default -> handled = digit(e);
        }
        if (handled) {
            e.consume();
        }
    }

    private boolean digit(KeyEvent e) {
        if (e.getCode().isDigitKey()) {
            controller.jumpTo(Integer.parseInt(e.getText().isEmpty() ? e.getCode().getName().replaceAll("\\D", "")
                    : e.getText()));
            return true;
        }
        return false;
    }

    private void showPage() {
        MeetingPack pack = model.pack().get();
        if (pack == null) {
            title.setText(Messages.get("meeting.preparing"));
            page.setCenter(null);
            return;
        }
        position.setText(Messages.format("meeting.position", model.page().get() + 1, model.pages()));
        MeetingPack.DistrictPage district = model.districtPage();
        double typeScale = scene == null ? 1 : typeScale(scene.getWidth(), scene.getHeight());
        if (district == null) {
            title.setText(Messages.format("meeting.cityTitle", pack.week(), pack.week().start(), pack.week().lastDay()));
            page.setCenter(MeetingPages.city(pack, typeScale));
        } else {
            title.setText(Messages.format("meeting.districtTitle", district.district(), pack.week()));
            page.setCenter(MeetingPages.district(district, model.item().get(), privacy.masked().get(), typeScale));
        }
    }
}
