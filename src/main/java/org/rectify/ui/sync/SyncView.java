package org.rectify.ui.sync;

import java.time.format.DateTimeFormatter;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.rectify.ui.common.DialogService;
import org.rectify.ui.common.ScreenToolbar;
import org.rectify.ui.i18n.Messages;

/**
 * The sync screen: bring files in (choose them, or drop them anywhere on the window), follow each
 * file's import, read the log of runs and their rejected rows; the mapping wizard takes the screen
 * when a file needs a profile.
 */
public final class SyncView {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final SyncModel model;
    private final SyncController controller;
    private final DialogService dialogs;
    private final StackPane root = new StackPane();
    private final BorderPane main = new BorderPane();
    private final RunHistory history;
    private final JobTable jobs;
    private final Node wizard;
    private final javafx.beans.value.ChangeListener<Boolean> onWizard = (obs, old, now) -> showWizard(now);

    public SyncView(SyncModel model, SyncController controller, DialogService dialogs, Node wizard) {
        this.model = model;
        this.controller = controller;
        this.dialogs = dialogs;
        this.wizard = wizard;
        this.history = new RunHistory(model, controller);
        this.jobs = new JobTable(model, controller);
        root.setId("sync-screen");
        root.getStyleClass().add("screen");
        main.setTop(toolbar());
        VBox body = new VBox(10, filesArea(), watchedLine(), history.root());
        VBox.setVgrow(history.root(), Priority.ALWAYS);
        body.setPadding(new Insets(0, 16, 12, 16));
        main.setCenter(body);
        root.getChildren().setAll(main, wizard);
        showWizard(false);
    }

    public StackPane root() {
        return root;
    }

    public void attach() {
        model.wizardShown().addListener(onWizard);
        showWizard(model.wizardShown().get());
    }

    public void detach() {
        model.wizardShown().removeListener(onWizard);
    }

    private void showWizard(boolean shown) {
        wizard.setVisible(shown);
        main.setVisible(!shown);
    }

    private HBox toolbar() {
        Button files = new Button(Messages.get("sync.chooseFiles"), new FontIcon(Feather.FILE_PLUS));
        files.setId("sync-choose-files");
        files.setOnAction(e -> {
            var chosen = dialogs.chooseExports(Messages.get("sync.chooseFiles"));
            if (!chosen.isEmpty()) {
                controller.addFiles(chosen);
            }
        });
        Button folder = new Button(Messages.get("sync.chooseFolder"), new FontIcon(Feather.FOLDER_PLUS));
        folder.setId("sync-choose-folder");
        folder.setOnAction(e -> dialogs.chooseFolder(Messages.get("sync.chooseFolder"))
                .ifPresent(f -> controller.addFiles(java.util.List.of(f))));
        Button newProfile = new Button(Messages.get("sync.newProfile"), new FontIcon(Feather.SHUFFLE));
        newProfile.setId("sync-new-profile");
        newProfile.setTooltip(new Tooltip(Messages.get("sync.newProfile.tip")));
        newProfile.setOnAction(e -> dialogs.chooseExports(Messages.get("sync.newProfile")).stream().findFirst()
                .ifPresent(controller::openWizard));
        Button clear = new Button(Messages.get("sync.clearFinished"), new FontIcon(Feather.CHECK));
        clear.setId("sync-clear-finished");
        clear.setOnAction(e -> controller.clearFinished());
        Label error = new Label();
        error.setId("sync-error");
        error.textProperty().bind(model.error());
        ProgressIndicator busy = new ProgressIndicator();
        busy.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> model.jobs().stream().anyMatch(j -> !j.finished()), model.jobs()));
        return ScreenToolbar.of("sync.title", "sync.hint", error, busy, files, folder, newProfile, clear);
    }

    /** The files of this session, or while there are none a large place to drop them. */
    private Node filesArea() {
        FontIcon icon = new FontIcon(Feather.UPLOAD_CLOUD);
        icon.getStyleClass().add("drop-icon");
        Label drop = new Label(Messages.get("sync.drop"), icon);
        drop.setContentDisplay(javafx.scene.control.ContentDisplay.TOP);
        drop.getStyleClass().add("drop-label");
        Label formats = new Label(Messages.get("sync.drop.formats"));
        formats.getStyleClass().add("hint-label");
        VBox zone = new VBox(6, drop, formats);
        zone.setId("sync-drop-zone");
        zone.setAlignment(Pos.CENTER);
        zone.getStyleClass().add("drop-zone");
        // as tall as its icon and lines need in the theme's type (the projector's larger type was cut at
        // 1920×1080 by a fixed 120 px), and never less than a large target
        zone.setPadding(new javafx.geometry.Insets(12));
        zone.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        zone.prefHeightProperty().bind(Bindings.createDoubleBinding(
                () -> Math.max(120, zone.getPadding().getTop() + zone.getPadding().getBottom() + drop.prefHeight(-1)
                        + zone.getSpacing() + formats.prefHeight(-1)), drop.heightProperty(), formats.heightProperty()));
        jobs.table().setPrefHeight(180);
        jobs.table().setMinHeight(120);
        StackPane area = new StackPane(zone, jobs.table());
        zone.visibleProperty().bind(Bindings.isEmpty(model.jobs()));
        zone.managedProperty().bind(zone.visibleProperty());
        jobs.table().visibleProperty().bind(zone.visibleProperty().not());
        jobs.table().managedProperty().bind(jobs.table().visibleProperty());
        return area;
    }

    private Node watchedLine() {
        Label line = new Label();
        line.setId("sync-watched");
        line.getStyleClass().add("hint-label");
        line.setGraphic(new FontIcon(Feather.EYE));
        line.textProperty().bind(Bindings.createStringBinding(() -> {
            String folder = model.watchedFolder().get();
            if (folder == null || folder.isEmpty()) {
                return Messages.get("sync.watched.none");
            }
            return model.lastScan().get() == null ? Messages.format("sync.watched.notYet", folder)
                    : Messages.format("sync.watched.scanned", folder, TIME.format(model.lastScan().get()));
        }, model.watchedFolder(), model.lastScan()));
        Button choose = new Button(Messages.get("sync.watched.choose"), new FontIcon(Feather.FOLDER));
        choose.setId("sync-watch-choose");
        choose.getStyleClass().add("small");
        choose.setOnAction(e -> controller.chooseWatchedFolder());
        Button stop = new Button(Messages.get("sync.watched.stop"), new FontIcon(Feather.EYE_OFF));
        stop.setId("sync-watch-stop");
        stop.getStyleClass().add("small");
        stop.visibleProperty().bind(model.watchedFolder().isNotEmpty());
        stop.managedProperty().bind(stop.visibleProperty());
        stop.setOnAction(e -> controller.stopWatching());
        HBox box = new HBox(10, line, choose, stop);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }
}
