package org.rectify.ui.checklist;

import java.util.List;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;
import org.controlsfx.control.textfield.TextFields;
import org.rectify.checklist.ItemPatch;
import org.rectify.checklist.ItemRow;
import org.rectify.domain.ItemStatus;
import org.rectify.ui.i18n.Messages;

/**
 * Sets owner, reviewer, due date, status and cause of every selected item at once — a week can
 * bring a hundred ticket items per district. Blank fields stay as they are.
 */
final class BulkEditBar {

    private final HBox root = new HBox(8);
    private final Label count = new Label();
    private final TextField owner = new TextField();
    private final TextField reviewer = new TextField();
    private final DatePicker due = new DatePicker();
    private final ComboBox<ItemStatus> status = new ComboBox<>();
    private final ComboBox<String> cause = new ComboBox<>();
    private final Button apply = new Button(Messages.get("checklist.bulk.apply"));

    BulkEditBar(ObservableList<ItemRow> selection, ObservableList<String> causes, ObservableList<String> people,
                Consumer<ItemPatch> onApply) {
        root.setId("checklist-bulk");
        root.getStyleClass().add("bulk-bar");
        root.setAlignment(Pos.CENTER_LEFT);
        root.setPadding(new Insets(6, 16, 6, 16));
        owner.setId("bulk-owner");
        owner.setPromptText(Messages.get("checklist.bulk.owner"));
        owner.setPrefColumnCount(7);
        reviewer.setId("bulk-reviewer");
        reviewer.setPromptText(Messages.get("checklist.bulk.reviewer"));
        reviewer.setPrefColumnCount(7);
        TextFields.bindAutoCompletion(owner, request -> matching(people, request.getUserText()));
        TextFields.bindAutoCompletion(reviewer, request -> matching(people, request.getUserText()));
        due.setId("bulk-due");
        due.setPromptText(Messages.get("checklist.bulk.due"));
        due.setPrefWidth(130);
        status.setId("bulk-status");
        status.getItems().setAll(ItemStatus.values());
        status.setPromptText(Messages.get("checklist.bulk.status"));
        status.setConverter(new StringConverter<>() {
            @Override
            public String toString(ItemStatus s) {
                return s == null ? "" : ChecklistTexts.status(s);
            }

            @Override
            public ItemStatus fromString(String s) {
                return null;
            }
        });
        cause.setId("bulk-cause");
        cause.setItems(causes);
        cause.setPromptText(Messages.get("checklist.bulk.cause"));
        apply.setId("bulk-apply");
        apply.getStyleClass().add("accent");
        apply.setOnAction(e -> {
            ItemPatch patch = new ItemPatch(null, blankToNull(owner.getText()), blankToNull(reviewer.getText()),
                    due.getValue(), status.getValue(), cause.getValue(), null, null, null);
            if (!patch.isEmpty()) {
                onApply.accept(patch);
                clear();
            }
        });
        count.setId("bulk-count");
        count.getStyleClass().add("bulk-count");
        root.getChildren().addAll(count, owner, reviewer, due, status, cause, apply);
        selection.addListener((ListChangeListener<ItemRow>) c -> show(selection.size()));
        show(0);
    }

    HBox root() {
        return root;
    }

    private void show(int selected) {
        count.setText(Messages.format("checklist.bulk.selected", selected));
        root.setDisable(selected == 0);
    }

    private void clear() {
        owner.clear();
        reviewer.clear();
        due.setValue(null);
        status.getSelectionModel().clearSelection();
        status.setValue(null);
        cause.getSelectionModel().clearSelection();
        cause.setValue(null);
    }

    private static List<String> matching(List<String> people, String typed) {
        String t = typed == null ? "" : typed.strip();
        return people.stream().filter(p -> !t.isEmpty() && p.contains(t)).limit(8).toList();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
