package org.rectify.ui.meeting;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import org.rectify.checklist.ItemPatch;
import org.rectify.checklist.ItemRow;
import org.rectify.domain.ItemStatus;
import org.rectify.ui.checklist.ChecklistTexts;
import org.rectify.ui.i18n.Messages;

/**
 * The decision on one item, recorded in the meeting without a mouse: owner, due date, status (a
 * list the arrow keys move in) and a note. Enter saves, Esc closes; a refusal stays on the form.
 */
final class DecisionForm {

    private final VBox root = new VBox(8);
    private final Label title = new Label();
    private final TextField owner = new TextField();
    private final TextField due = new TextField();
    private final ListView<ItemStatus> status = new ListView<>();
    private final TextField note = new TextField();
    private final Label error = new Label();

    DecisionForm(MeetingModel model, Consumer<ItemPatch> onSave, Runnable onClose) {
        root.setId("meeting-decision");
        root.getStyleClass().add("meeting-decision");
        root.setPadding(new Insets(20));
        root.setMaxSize(760, 560);
        title.getStyleClass().add("meeting-decision-title");
        title.setWrapText(true);
        owner.setId("decision-owner");
        owner.setPromptText(Messages.get("checklist.col.owner"));
        due.setId("decision-due");
        due.setPromptText(Messages.get("meeting.duePrompt"));
        status.setId("decision-status");
        status.getItems().setAll(ItemStatus.values());
        status.setPrefHeight(5 * 34);
        status.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(ItemStatus s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : ChecklistTexts.status(s));
            }
        });
        note.setId("decision-note");
        note.setPromptText(Messages.get("checklist.detail.notes"));
        error.setId("decision-error");
        error.getStyleClass().add("error-label");
        error.setWrapText(true);
        error.textProperty().bind(model.error());
        Label hint = new Label(Messages.get("meeting.decisionHint"));
        hint.getStyleClass().add("hint-label");
        root.getChildren().addAll(title, label("checklist.col.owner"), owner, label("checklist.col.due"), due,
                label("checklist.col.status"), status, label("checklist.detail.notes"), note, error, hint);
        root.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                onSave.accept(patch());
            } else if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                onClose.run();
            }
        });
    }

    VBox root() {
        return root;
    }

    /** Fills the form with the item as it is and puts the cursor on the owner. */
    void show(ItemRow row) {
        var item = row.item();
        title.setText("#" + item.id() + " " + item.title());
        owner.setText(item.owner() == null ? "" : item.owner());
        due.setText(item.due() == null ? "" : item.due().toString());
        status.getSelectionModel().select(item.status());
        note.setText(item.notes() == null ? "" : item.notes());
        owner.requestFocus();
        owner.selectAll();
    }

    private ItemPatch patch() {
        LocalDate day = null;
        try {
            day = due.getText().isBlank() ? null : LocalDate.parse(due.getText().strip());
        } catch (DateTimeParseException e) {
            // a date that is not one changes nothing; the field shows what was typed
        }
        return new ItemPatch(null, owner.getText(), null, day, status.getSelectionModel().getSelectedItem(), null, null,
                note.getText(), null);
    }

    private static Label label(String key) {
        Label l = new Label(Messages.get(key));
        l.getStyleClass().add("meeting-decision-label");
        return l;
    }
}
