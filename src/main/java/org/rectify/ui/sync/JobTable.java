package org.rectify.ui.sync;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.rectify.sync.FileImportResult;
import org.rectify.ui.common.ImportNoteText;
import org.rectify.ui.i18n.Messages;

/** This session's files: name, progress (rows, rows/s), the summary at the end, and what can be done with each. */
final class JobTable {

    private final TableView<FileJob> table = new TableView<>();
    private final SyncController controller;

    JobTable(SyncModel model, SyncController controller) {
        this.controller = controller;
        table.setId("sync-jobs");
        table.setItems(model.jobs());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<FileJob, FileJob> file = column("sync.jobs.col.file", 220);
        file.setCellFactory(c -> new JobCell(job -> new Label(job.fileName())));
        TableColumn<FileJob, FileJob> progress = column("sync.jobs.col.progress", 260);
        progress.setCellFactory(c -> new JobCell(JobTable::progress));
        TableColumn<FileJob, FileJob> outcome = column("sync.jobs.col.outcome", 420);
        outcome.setCellFactory(c -> new JobCell(JobTable::outcome));
        TableColumn<FileJob, FileJob> actions = column("sync.jobs.col.actions", 150);
        actions.setCellFactory(c -> new JobCell(this::actions));
        table.getColumns().setAll(java.util.List.of(file, progress, outcome, actions));
        table.setFixedCellSize(-1);
    }

    TableView<FileJob> table() {
        return table;
    }

    private static TableColumn<FileJob, FileJob> column(String key, double width) {
        TableColumn<FileJob, FileJob> column = new TableColumn<>(Messages.get(key));
        column.setPrefWidth(width);
        column.setSortable(false);
        column.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyObjectWrapper<>(c.getValue()));
        return column;
    }

    private static javafx.scene.Node progress(FileJob job) {
        ProgressBar bar = new ProgressBar();
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(Bindings.when(job.state().isEqualTo(FileJob.State.WAITING)).then(0.0)
                .otherwise(job.fraction()));
        Label figures = new Label();
        figures.getStyleClass().add("hint-label");
        figures.textProperty().bind(Bindings.createStringBinding(() -> switch (job.state().get()) {
            case WAITING -> Messages.get("sync.jobs.waiting");
            case IMPORTING -> Messages.format("sync.jobs.rows", job.rows().get(), Math.round(job.rowsPerSecond().get()));
            default -> Messages.format("sync.jobs.rowsDone", job.rows().get());
        }, job.state(), job.rows(), job.rowsPerSecond()));
        VBox box = new VBox(2, bar, figures);
        box.setFillWidth(true);
        return box;
    }

    private static javafx.scene.Node outcome(FileJob job) {
        Label text = new Label();
        text.setWrapText(true);
        text.getStyleClass().add("job-outcome");
        text.textProperty().bind(Bindings.createStringBinding(() -> describe(job), job.state(), job.result()));
        job.state().addListener((obs, old, now) -> {
            styleFor(text, now);
            // the message as the import wrote it, with every detail (the closest header, the headers found)
            FileImportResult r = job.result().get();
            text.setTooltip(r == null || r.message() == null ? null : new Tooltip(r.message()));
        });
        styleFor(text, job.state().get());
        return text;
    }

    private static void styleFor(Label text, FileJob.State state) {
        text.getStyleClass().removeAll("job-done", "job-refused", "job-cancelled");
        switch (state) {
            case DONE, SKIPPED -> text.getStyleClass().add("job-done");
            case REFUSED -> text.getStyleClass().add("job-refused");
            case CANCELLED -> text.getStyleClass().add("job-cancelled");
            default -> { }
        }
    }

    static String describe(FileJob job) {
        FileImportResult r = job.result().get();
        return switch (job.state().get()) {
            case WAITING -> "";
            case IMPORTING -> Messages.get("sync.jobs.importing");
            case CANCELLED -> Messages.get("sync.jobs.cancelled");
            case SKIPPED -> Messages.get("sync.jobs.skipped") + (r == null || r.message() == null ? ""
                    : " — " + ImportNoteText.say(r.message()));
            case REFUSED -> r == null || r.message() == null ? Messages.get("sync.jobs.refused") : ImportNoteText.say(r.message());
            case DONE -> Messages.format("sync.jobs.summary", r.counts().inserted(), r.counts().updated(),
                    r.counts().unchanged(), r.counts().rejected(), r.profile())
                    + (r.message() == null ? "" : "\n" + ImportNoteText.say(r.message()));
        };
    }

    private javafx.scene.Node actions(FileJob job) {
        Button cancel = button("sync.jobs.cancel", Feather.X_CIRCLE, () -> controller.cancel(job));
        cancel.setId("sync-job-cancel");
        cancel.visibleProperty().bind(Bindings.createBooleanBinding(() -> !job.finished(), job.state()));
        Button map = button("sync.jobs.map", Feather.SHUFFLE, () -> controller.openWizard(job.file()));
        map.setId("sync-job-map");
        map.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> job.state().get() == FileJob.State.REFUSED || job.state().get() == FileJob.State.DONE
                        && job.result().get() != null && job.result().get().counts().rejected() > 0, job.state()));
        cancel.managedProperty().bind(cancel.visibleProperty());
        map.managedProperty().bind(map.visibleProperty());
        HBox box = new HBox(6, cancel, map);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static Button button(String key, Feather icon, Runnable action) {
        Button button = new Button(Messages.get(key), new FontIcon(icon));
        button.getStyleClass().add("small");
        button.setTooltip(new Tooltip(Messages.get(key + ".tip")));
        button.setOnAction(e -> action.run());
        return button;
    }

    /** A cell that builds its content from the job once per job (the content binds to the job's properties). */
    private static final class JobCell extends TableCell<FileJob, FileJob> {
        private final java.util.function.Function<FileJob, javafx.scene.Node> content;

        JobCell(java.util.function.Function<FileJob, javafx.scene.Node> content) {
            this.content = content;
        }

        @Override
        protected void updateItem(FileJob job, boolean empty) {
            super.updateItem(job, empty);
            setText(null);
            setGraphic(empty || job == null ? null : content.apply(job));
        }
    }
}
