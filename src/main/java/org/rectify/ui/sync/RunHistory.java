package org.rectify.ui.sync;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.rectify.domain.RejectedRow;
import org.rectify.domain.SyncRun;
import org.rectify.ui.i18n.Messages;

/** The log of imports with each run's figures, and beside it the chosen run's rejected rows (row, column, reason, cells). */
final class RunHistory {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final TableView<SyncRun> runs = new TableView<>();
    private final TableView<RejectedRow> rejected = new TableView<>();
    private final SplitPane root;

    RunHistory(SyncModel model, SyncController controller) {
        runs.setId("sync-history");
        runs.setItems(model.history());
        runs.setPlaceholder(new Label(Messages.get("sync.history.empty")));
        runs.getColumns().setAll(List.of(
                text("sync.history.col.when", 140, r -> r.startedAt() == null ? "" : WHEN.format(r.startedAt())),
                text("sync.history.col.file", 170, SyncRun::fileName),
                text("sync.history.col.status", 58, r -> Messages.get("sync.status." + r.status().code())),
                number("sync.history.col.read", r -> r.counts().read()),
                number("sync.history.col.inserted", r -> r.counts().inserted()),
                number("sync.history.col.updated", r -> r.counts().updated()),
                number("sync.history.col.unchanged", r -> r.counts().unchanged()),
                number("sync.history.col.rejected", r -> r.counts().rejected()),
                text("sync.history.col.profile", 110, r -> r.profile() == null ? "" : r.profile()),
                text("sync.history.col.seconds", 60, r -> String.format("%.1f", r.durationMillis() / 1000.0)),
                text("sync.history.col.message", 360, r -> r.message() == null ? ""
                        : org.rectify.ui.common.ImportNoteText.say(r.message()).replace('\n', ' '))));
        runs.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(SyncRun run, boolean empty) {
                super.updateItem(run, empty);
                getStyleClass().removeAll("run-refused", "run-rejected");
                setTooltip(null);
                if (!empty && run != null) {
                    if (run.status() == org.rectify.domain.SyncStatus.REFUSED || run.status() == org.rectify.domain.SyncStatus.FAILED) {
                        getStyleClass().add("run-refused");
                    } else if (run.counts().rejected() > 0) {
                        getStyleClass().add("run-rejected");
                    }
                    if (run.message() != null) {
                        setTooltip(new Tooltip(org.rectify.ui.common.ImportNoteText.say(run.message())));
                    }
                }
            }
        });
        runs.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.selectedRun().set(now);
            }
        });
        model.selectedRun().addListener((obs, old, now) -> {
            if (now != null && runs.getSelectionModel().getSelectedItem() != now) {
                runs.getSelectionModel().select(now);
            }
        });

        rejected.setId("sync-rejected");
        rejected.setItems(model.rejected());
        rejected.setPlaceholder(new Label(Messages.get("sync.rejected.none")));
        rejected.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(RejectedRow row, boolean empty) {
                super.updateItem(row, empty);
                // the whole reason and the row as it came, however wide
                setTooltip(empty || row == null ? null : new Tooltip(org.rectify.ui.common.RowProblemText.say(row.reason())
                        + "\n" + String.join(" | ", row.rawValues())));
            }
        });
        rejected.getColumns().setAll(List.of(
                rejectedText("sync.rejected.col.sheet", 80, r -> r.sheet() == null ? "" : r.sheet()),
                rejectedText("sync.rejected.col.row", 60, r -> Long.toString(r.rowNumber())),
                rejectedText("sync.rejected.col.column", 100, r -> r.column() == null ? "" : r.column()),
                rejectedText("sync.rejected.col.reason", 340, r -> org.rectify.ui.common.RowProblemText.say(r.reason())),
                rejectedText("sync.rejected.col.raw", 400, r -> String.join(" | ", r.rawValues()))));

        // columns grow with the type (the projector's is larger): a time or a count is never cut
        org.rectify.ui.common.TypeScaledColumns.of(runs);
        org.rectify.ui.common.TypeScaledColumns.of(rejected);
        Label title = new Label();
        title.getStyleClass().add("section-title");
        title.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            SyncRun run = model.selectedRun().get();
            if (run == null) {
                return Messages.get("sync.rejected.chooseRun");
            }
            long total = run.counts().rejected();
            return total > SyncController.REJECTED_SHOWN
                    ? Messages.format("sync.rejected.titleFirst", run.id(), total, SyncController.REJECTED_SHOWN)
                    : Messages.format("sync.rejected.title", run.id(), total);
        }, model.selectedRun()));
        title.setMinWidth(0);
        // what the import said about the chosen run (why it was refused, a sheet skipped …): in view however
        // narrow the history's own message column is
        Label note = new Label();
        note.setId("sync-run-note");
        note.setWrapText(true);
        note.setMinWidth(0);
        // every note on its own line, all of them: the rejected rows' table gives way, never the notes
        note.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        note.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            SyncRun run = model.selectedRun().get();
            return run == null || run.message() == null ? "" : org.rectify.ui.common.ImportNoteText.say(run.message());
        }, model.selectedRun()));
        note.visibleProperty().bind(note.textProperty().isNotEmpty());
        note.managedProperty().bind(note.visibleProperty());
        Button export = new Button(Messages.get("sync.rejected.export"), new FontIcon(Feather.DOWNLOAD));
        export.setId("sync-rejected-export");
        export.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> model.selectedRun().get() == null || model.selectedRun().get().counts().rejected() == 0, model.selectedRun()));
        export.setOnAction(e -> controller.exportRejected());
        Button again = new Button(Messages.get("sync.history.again"), new FontIcon(Feather.ROTATE_CW));
        again.setId("sync-run-again");
        again.setTooltip(new Tooltip(Messages.get("sync.history.again.tip")));
        again.disableProperty().bind(model.selectedRun().isNull());
        again.setOnAction(e -> controller.runAgain(model.selectedRun().get()));
        Button map = new Button(Messages.get("sync.jobs.map"), new FontIcon(Feather.SHUFFLE));
        map.setId("sync-run-map");
        map.setTooltip(new Tooltip(Messages.get("sync.jobs.map.tip")));
        map.disableProperty().bind(model.selectedRun().isNull());
        map.setOnAction(e -> controller.openWizard(java.nio.file.Path.of(model.selectedRun().get().filePath())));
        title.setWrapText(true);
        HBox bar = new HBox(8, map, again, export);
        bar.setAlignment(Pos.CENTER_LEFT);
        VBox rejectedPane = new VBox(6, title, note, bar, rejected);
        VBox.setVgrow(rejected, Priority.ALWAYS);
        rejectedPane.setPadding(new Insets(4, 0, 0, 8));

        Label historyTitle = new Label(Messages.get("sync.history.title"));
        historyTitle.getStyleClass().add("section-title");
        VBox historyPane = new VBox(6, historyTitle, runs);
        VBox.setVgrow(runs, Priority.ALWAYS);
        historyPane.setPadding(new Insets(0, 8, 4, 0));
        root = new SplitPane(historyPane, rejectedPane);
        root.setDividerPositions(0.55);
        // the split's own width and its columns' (they grow with the theme's type): the listeners live and go
        // with the pane they lay out
        root.widthProperty().addListener((obs, old, now) -> arrange(now.doubleValue()));
        for (int i = 0; i < COLUMNS_ALWAYS_SHOWN; i++) {
            runs.getColumns().get(i).prefWidthProperty().addListener((obs, old, now) -> arrange(root.getWidth()));
        }
    }

    /** The rejected rows' pane needs this much beside the history (sheet, row, column, a first part of the reason). */
    private static final double REJECTED_BESIDE = 420;
    /** The history's columns up to its last count (time, file, status, read … rejected): never behind a scroll. */
    private static final int COLUMNS_ALWAYS_SHOWN = 8;

    /**
     * Side by side when the window leaves the history room for all its counts, else one above the
     * other (at 1280×800 the counts were behind a horizontal scroll): the counts are what a run is
     * looked at for.
     */
    private void arrange(double width) {
        double history = 24; // the table's vertical scroll bar and the pane's padding
        for (int i = 0; i < COLUMNS_ALWAYS_SHOWN; i++) {
            history += runs.getColumns().get(i).getPrefWidth();
        }
        javafx.geometry.Orientation wanted = width >= history + REJECTED_BESIDE
                ? javafx.geometry.Orientation.HORIZONTAL : javafx.geometry.Orientation.VERTICAL;
        if (wanted == javafx.geometry.Orientation.HORIZONTAL) {
            double share = Math.max(0.55, Math.min(0.7, history / width));
            if (root.getOrientation() != wanted || Math.abs(root.getDividerPositions()[0] - share) > 0.005) {
                root.setOrientation(wanted);
                root.setDividerPositions(share);
            }
        } else if (root.getOrientation() != wanted) {
            root.setOrientation(wanted);
            root.setDividerPositions(0.55);
        }
    }

    SplitPane root() {
        return root;
    }

    TableView<SyncRun> runs() {
        return runs;
    }

    private static TableColumn<SyncRun, String> text(String key, double width, Function<SyncRun, String> value) {
        TableColumn<SyncRun, String> column = new TableColumn<>(Messages.get(key));
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        return column;
    }

    private static TableColumn<SyncRun, String> number(String key, java.util.function.ToLongFunction<SyncRun> value) {
        TableColumn<SyncRun, String> column = text(key, 72, r -> String.format("%,d", value.applyAsLong(r)));
        column.setStyle("-fx-alignment: CENTER-RIGHT;");
        return column;
    }

    private static TableColumn<RejectedRow, String> rejectedText(String key, double width, Function<RejectedRow, String> value) {
        TableColumn<RejectedRow, String> column = new TableColumn<>(Messages.get(key));
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        return column;
    }
}
