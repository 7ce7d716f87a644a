package org.rectify.ui.sync.wizard;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.rectify.domain.Ticket;
import org.rectify.sync.FilePreview;
import org.rectify.sync.ProfileTrial;
import org.rectify.sync.SourceRow;
import org.rectify.ui.i18n.Messages;

/**
 * The wizard's right side: the first rows as read (the header row marked), and the trial: each
 * row as the import would store it — dates and statuses parsed — or the reason it would be rejected.
 */
final class TrialTables {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final int RAW_COLUMNS_SHOWN = 30;

    private final MappingWizardModel model;
    private final TableView<SourceRow> raw = new TableView<>();
    private final TableView<ProfileTrial.Outcome> trial = new TableView<>();
    private final VBox root;

    TrialTables(MappingWizardModel model) {
        this.model = model;
        raw.setId("wizard-raw");
        Label rawPlaceholder = new Label();
        // a file that cannot be read says so here too, not "reading…" for ever
        rawPlaceholder.textProperty().bind(Bindings.when(model.reading().not().and(model.problem().isNotEmpty()))
                .then(Messages.get("wizard.raw.unreadable")).otherwise(Messages.get("wizard.raw.empty")));
        raw.setPlaceholder(rawPlaceholder);
        raw.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(SourceRow row, boolean empty) {
                super.updateItem(row, empty);
                pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("header-row"), !empty && row != null
                        && model.headerRow().get() != null && row.rowNumber() == model.headerRow().get());
            }
        });
        trial.setId("wizard-trial");
        trial.setPlaceholder(new Label(Messages.get("wizard.trial.empty")));
        trial.getColumns().setAll(List.of(
                column("wizard.trial.col.row", 50, o -> (o.row().sheet() == null ? "" : o.row().sheet() + " ") + o.row().rowNumber()),
                // the outcome comes first: a rejected row's reason must be seen without scrolling
                column("wizard.trial.col.outcome", 340, TrialTables::outcome),
                column("field.ticket_id", 110, o -> ticket(o, Ticket::ticketId)),
                column("field.created_at", 125, o -> ticket(o, t -> TIME.format(t.createdAt()))),
                column("field.closed_at", 125, o -> ticket(o, t -> t.closedAt() == null ? "" : TIME.format(t.closedAt()))),
                column("field.district", 80, o -> ticket(o, Ticket::district)),
                column("field.status", 110, o -> ticket(o, t -> (t.statusRaw() == null ? "" : t.statusRaw() + " → ")
                        + Messages.get("wizard.status." + t.status().code()))),
                column("field.kind", 70, o -> ticket(o, t -> Messages.get("wizard.kind." + (t.isComplaint() ? "complaint" : "other")))),
                column("field.problem", 120, o -> ticket(o, t -> t.problem() == null ? "" : t.problem()))));
        trial.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(ProfileTrial.Outcome o, boolean empty) {
                super.updateItem(o, empty);
                getStyleClass().removeAll("trial-rejected", "trial-filtered");
                setTooltip(null);
                if (!empty && o != null && o.rejection() != null) {
                    getStyleClass().add("trial-rejected");
                    setTooltip(new javafx.scene.control.Tooltip(outcome(o))); // the whole reason, however long
                } else if (!empty && o != null && o.filtered()) {
                    getStyleClass().add("trial-filtered");
                }
            }
        });
        Label rawTitle = new Label(Messages.get("wizard.raw"));
        rawTitle.getStyleClass().add("section-title");
        Label trialTitle = new Label();
        trialTitle.setId("wizard-trial-summary");
        trialTitle.getStyleClass().add("section-title");
        trialTitle.setWrapText(true);
        trialTitle.textProperty().bind(Bindings.createStringBinding(this::summary, model.trial()));
        root = new VBox(6, rawTitle, raw, trialTitle, trial);
        // the rows as read and as stored share the height: both matter while mapping
        VBox.setVgrow(raw, Priority.ALWAYS);
        VBox.setVgrow(trial, Priority.ALWAYS);
        raw.setPrefHeight(200);
        trial.setPrefHeight(200);
        raw.setMinHeight(120);
        model.preview().addListener((obs, old, now) -> showRaw());
        model.headerRow().addListener((obs, old, now) -> raw.refresh());
        model.trial().addListener((obs, old, now) -> showTrial(now));
    }

    VBox root() {
        return root;
    }

    private String summary() {
        ProfileTrial.Result r = model.trial().get();
        if (r == null) {
            return Messages.get("wizard.trial");
        }
        if (!r.usable()) {
            List<String> missing = new ArrayList<>();
            r.sheets().stream().filter(s -> !s.usable()).forEach(s -> missing.addAll(s.missing()));
            return r.sheets().isEmpty() ? Messages.get("wizard.trial.noSheet")
                    : Messages.format("wizard.trial.missing", String.join("; ", missing.stream().distinct().toList()));
        }
        String text = Messages.format("wizard.trial.summary", r.accepted(), r.rejected(), r.filtered());
        return r.duplicateIds() > 0 ? text + "  " + Messages.format("wizard.trial.duplicates", r.duplicateIds()) : text;
    }

    private void showRaw() {
        FilePreview preview = model.preview().get();
        raw.getColumns().clear();
        raw.getItems().clear();
        if (preview == null || preview.sheets().isEmpty()) {
            return;
        }
        FilePreview.Sheet sheet = preview.sheets().stream().filter(s -> !s.summary() && !s.rows().isEmpty()).findFirst()
                .orElse(preview.sheets().get(0));
        int width = Math.min(RAW_COLUMNS_SHOWN, sheet.rows().stream().mapToInt(r -> r.cells().size()).max().orElse(0));
        TableColumn<SourceRow, String> number = new TableColumn<>(Messages.get("wizard.trial.col.row"));
        number.setCellValueFactory(c -> new ReadOnlyStringWrapper(Long.toString(c.getValue().rowNumber())));
        number.setPrefWidth(50);
        raw.getColumns().add(number);
        for (int i = 0; i < width; i++) {
            int index = i;
            TableColumn<SourceRow, String> column = new TableColumn<>(excelColumn(i));
            column.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().cell(index)));
            column.setPrefWidth(110);
            raw.getColumns().add(column);
        }
        raw.getItems().setAll(sheet.rows());
    }

    private void showTrial(ProfileTrial.Result result) {
        if (result == null) {
            trial.getItems().clear();
            return;
        }
        List<ProfileTrial.Outcome> all = new ArrayList<>();
        result.sheets().forEach(s -> all.addAll(s.outcomes()));
        // what would go wrong first: rejected rows at the top, then the rest in file order
        all.sort(java.util.Comparator.comparing((ProfileTrial.Outcome o) -> o.rejection() == null));
        trial.getItems().setAll(all);
    }

    /** A, B, … Z, AA …: how a spreadsheet names its columns. */
    static String excelColumn(int index) {
        StringBuilder name = new StringBuilder();
        for (int i = index + 1; i > 0; i = (i - 1) / 26) {
            name.insert(0, (char) ('A' + (i - 1) % 26));
        }
        return name.toString();
    }

    private static String ticket(ProfileTrial.Outcome o, Function<Ticket, String> value) {
        return o.ticket() == null ? "" : value.apply(o.ticket());
    }

    private static String outcome(ProfileTrial.Outcome o) {
        if (o.rejection() != null) {
            return Messages.get("wizard.trial.rejected") + (o.rejection().column() == null ? ""
                    : " [" + o.rejection().column() + "]") + " " + org.rectify.ui.common.RowProblemText.say(o.rejection().reason());
        }
        return Messages.get(o.filtered() ? "wizard.trial.filtered" : "wizard.trial.accepted");
    }

    private static TableColumn<ProfileTrial.Outcome, String> column(String key, double width,
                                                                     Function<ProfileTrial.Outcome, String> value) {
        TableColumn<ProfileTrial.Outcome, String> column = new TableColumn<>(Messages.get(key));
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        return column;
    }
}
