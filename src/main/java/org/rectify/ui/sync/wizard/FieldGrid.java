package org.rectify.ui.sync.wizard;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.rectify.sync.CanonicalField;
import org.rectify.sync.ProfileDraft;
import org.rectify.ui.i18n.Messages;

/**
 * The wizard's left side: per ticket field a drop-down of where it comes from (the suggestion
 * preselected), a constant or default, and sample values; then the id columns, the row filter,
 * the date form and the value maps.
 */
final class FieldGrid {

    private final MappingWizardModel model;
    private final VBox root = new VBox(14);

    FieldGrid(MappingWizardModel model) {
        this.model = model;
        root.setId("wizard-fields");
        root.setPadding(new Insets(0, 12, 12, 0));
        root.getChildren().addAll(org.rectify.ui.common.Names.section("wizard.fields"), fields(), idColumns(), org.rectify.ui.common.Names.section("wizard.more"), filter(),
                dateFormat(), valueMaps());
    }

    VBox root() {
        return root;
    }

    private GridPane fields() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        ColumnConstraints name = new ColumnConstraints();
        name.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // a field's name is never cut (English ones are long)
        ColumnConstraints source = new ColumnConstraints(170, 190, 240);
        ColumnConstraints textColumn = new ColumnConstraints(90, 110, 160);
        ColumnConstraints samples = new ColumnConstraints();
        samples.setHgrow(Priority.ALWAYS);
        samples.setMinWidth(60);
        grid.getColumnConstraints().setAll(name, source, textColumn, samples);
        int row = 0;
        for (FieldChoice f : model.fields()) {
            Label label = new Label(Messages.get("field." + f.field().key()) + (f.field().required() ? " *" : ""));
            label.setTooltip(new Tooltip(f.field().key()));
            if (f.field().required()) {
                label.getStyleClass().add("field-required");
            }
            ComboBox<ProfileDraft.Source> choice = new ComboBox<>();
            choice.setId("wizard-source-" + f.field().key());
            choice.setMaxWidth(Double.MAX_VALUE);
            choice.setConverter(new SourceNames());
            fillChoices(choice, f);
            model.headers().addListener((ListChangeListener<String>) c -> fillChoices(choice, f));
            choice.valueProperty().bindBidirectional(f.source());
            TextField text = new TextField();
            text.setId("wizard-text-" + f.field().key());
            text.textProperty().bindBidirectional(f.text());
            text.promptTextProperty().bind(Bindings.createStringBinding(() ->
                    Messages.get(f.source().get().kind() == ProfileDraft.SourceKind.CONSTANT ? "wizard.constant"
                            : "wizard.default"), f.source()));
            text.disableProperty().bind(Bindings.createBooleanBinding(() -> {
                ProfileDraft.SourceKind kind = f.source().get().kind();
                return kind != ProfileDraft.SourceKind.CONSTANT && kind != ProfileDraft.SourceKind.COLUMN;
            }, f.source()));
            Label sample = new Label();
            sample.getStyleClass().add("hint-label");
            sample.textProperty().bind(f.samples());
            sample.setMinWidth(0);
            grid.addRow(row++, label, choice, text, sample);
        }
        return grid;
    }

    /** The choices of a field: nowhere, a constant, the sheet's name, the id from columns (the id only), each header. */
    private void fillChoices(ComboBox<ProfileDraft.Source> choice, FieldChoice f) {
        ProfileDraft.Source current = f.source().get();
        List<ProfileDraft.Source> items = new ArrayList<>(List.of(ProfileDraft.Source.NONE, ProfileDraft.Source.CONSTANT,
                ProfileDraft.Source.SHEET_NAME));
        if (f.field() == CanonicalField.TICKET_ID) {
            items.add(new ProfileDraft.Source(ProfileDraft.SourceKind.HASH, List.of()));
        }
        if (current != null && current.kind() == ProfileDraft.SourceKind.JOIN) {
            items.add(current);
        }
        model.headers().forEach(h -> items.add(ProfileDraft.Source.column(h)));
        choice.getItems().setAll(items);
        // replacing the items clears the value: put back what the field had, if the new headers still have it
        choice.setValue(current != null && items.contains(current) ? current : ProfileDraft.Source.NONE);
    }

    /** The id made from columns: which ones, and a warning when they do not tell the rows apart. */
    private Node idColumns() {
        Label title = new Label(Messages.get("wizard.idColumns"));
        FlowPane boxes = new FlowPane(10, 6);
        boxes.setId("wizard-id-columns");
        Runnable fill = () -> {
            boxes.getChildren().clear();
            for (String header : model.headers()) {
                CheckBox box = new CheckBox(header);
                box.setSelected(model.idColumns().contains(header));
                box.selectedProperty().addListener((obs, was, now) -> {
                    if (now && !model.idColumns().contains(header)) {
                        model.idColumns().add(header);
                    } else if (!now) {
                        model.idColumns().remove(header);
                    }
                });
                boxes.getChildren().add(box);
            }
        };
        model.headers().addListener((ListChangeListener<String>) c -> fill.run());
        model.idColumns().addListener((ListChangeListener<String>) c -> boxes.getChildren().forEach(n -> {
            CheckBox box = (CheckBox) n;
            box.setSelected(model.idColumns().contains(box.getText()));
        }));
        fill.run();
        VBox box = new VBox(6, title, boxes);
        box.getStyleClass().add("wizard-id-box");
        box.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> model.field(CanonicalField.TICKET_ID).source().get().kind() == ProfileDraft.SourceKind.HASH,
                model.field(CanonicalField.TICKET_ID).source()));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private Node filter() {
        ComboBox<String> column = new ComboBox<>();
        column.setId("wizard-filter-column");
        Runnable fill = () -> {
            String current = model.filterColumn().get();
            List<String> items = new ArrayList<>(List.of(MappingWizardModel.AUTO));
            items.addAll(model.headers());
            column.getItems().setAll(items);
            column.setValue(current);
        };
        model.headers().addListener((ListChangeListener<String>) c -> fill.run());
        fill.run();
        column.valueProperty().bindBidirectional(model.filterColumn());
        column.setConverter(org.rectify.ui.common.Names.<String>converter(s -> s == null || s.isEmpty() ? Messages.get("wizard.filter.none") : s));
        TextField keep = new TextField();
        keep.setId("wizard-filter-keep");
        keep.setPromptText(Messages.get("wizard.filter.keep"));
        keep.textProperty().bindBidirectional(model.filterKeep());
        keep.disableProperty().bind(Bindings.createBooleanBinding(
                () -> model.filterColumn().get() == null || model.filterColumn().get().isEmpty(), model.filterColumn()));
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.addRow(0, new Label(Messages.get("wizard.filter")), column, keep);
        GridPane.setHgrow(keep, Priority.ALWAYS);
        return grid;
    }

    private Node dateFormat() {
        TextField pattern = new TextField();
        pattern.setId("wizard-date-format");
        pattern.setPromptText(Messages.get("wizard.dateFormat.prompt"));
        pattern.textProperty().bindBidirectional(model.dateFormat());
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.addRow(0, new Label(Messages.get("wizard.dateFormat")), pattern);
        GridPane.setHgrow(pattern, Priority.ALWAYS);
        return grid;
    }

    /** One field's value map at a time: the field chosen above, its lines below. */
    private Node valueMaps() {
        ComboBox<CanonicalField> field = new ComboBox<>();
        field.setId("wizard-values-field");
        field.getItems().setAll(CanonicalField.values());
        field.setConverter(org.rectify.ui.common.Names.<CanonicalField>converter(f -> f == null ? "" : Messages.get("field." + f.key())));
        field.valueProperty().bindBidirectional(model.valueMapField());
        TextArea lines = new TextArea();
        lines.setId("wizard-values");
        lines.setPrefRowCount(4);
        lines.setPromptText(Messages.get("wizard.values.prompt"));
        FieldChoice[] shown = {model.field(model.valueMapField().get())};
        lines.textProperty().bindBidirectional(shown[0].valueMap());
        model.valueMapField().addListener((obs, old, now) -> {
            lines.textProperty().unbindBidirectional(shown[0].valueMap());
            shown[0] = model.field(now == null ? CanonicalField.STATUS : now);
            lines.textProperty().bindBidirectional(shown[0].valueMap());
        });
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.addRow(0, new Label(Messages.get("wizard.values")), field);
        VBox box = new VBox(6, grid, lines);
        return box;
    }

    /** Names the sources as the user reads them. */
    private static final class SourceNames extends StringConverter<ProfileDraft.Source> {
        @Override
        public String toString(ProfileDraft.Source s) {
            if (s == null) {
                return "";
            }
            return switch (s.kind()) {
                case NONE -> Messages.get("wizard.source.none");
                case CONSTANT -> Messages.get("wizard.source.constant");
                case SHEET_NAME -> Messages.get("wizard.source.sheetName");
                case HASH -> Messages.get("wizard.source.hash");
                case JOIN -> String.join(" + ", s.columns());
                case COLUMN -> s.column();
            };
        }

        @Override
        public ProfileDraft.Source fromString(String s) {
            return null;
        }
    }
}
