package org.rectify.ui.sync.wizard;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.rectify.ui.i18n.Messages;

/**
 * The mapping wizard, built in code: how the file is read (encoding, delimiter, header row,
 * sheets) on top, the fields on the left, the rows as read and as they would be stored on the
 * right, the profile's name and what to do with it at the bottom.
 */
public final class MappingWizardView {

    private static final List<String> ENCODINGS = List.of(MappingWizardModel.AUTO, "UTF-8", "GB18030", "GBK",
            "UTF-16LE", "UTF-16BE", "Big5");
    private static final List<String> DELIMITERS = List.of(MappingWizardModel.AUTO, ",", ";", "\t", "|");

    private final MappingWizardModel model;
    private final MappingWizardController controller;
    private final BorderPane root = new BorderPane();

    public MappingWizardView(MappingWizardModel model, MappingWizardController controller) {
        this.model = model;
        this.controller = controller;
        root.setId("wizard");
        root.getStyleClass().addAll("screen", "wizard");
        root.setTop(new VBox(8, titleBar(), readingBar()));
        ScrollPane fields = new ScrollPane(new FieldGrid(model).root());
        fields.setFitToWidth(true);
        fields.setMinWidth(0);
        SplitPane sides = new SplitPane(fields, new TrialTables(model).root());
        sides.setDividerPositions(0.46);
        BorderPane.setMargin(sides, new Insets(8, 16, 8, 16));
        root.setCenter(sides);
        root.setBottom(actions());
    }

    public BorderPane root() {
        return root;
    }

    private Node titleBar() {
        Label title = new Label();
        title.getStyleClass().add("screen-title");
        title.textProperty().bind(Bindings.createStringBinding(() -> model.file().get() == null ? ""
                : Messages.format("wizard.title", model.file().get().getFileName().toString()), model.file()));
        title.setMinWidth(0);
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(22, 22);
        busy.visibleProperty().bind(model.reading());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button back = new Button(Messages.get("wizard.back"), new FontIcon(Feather.ARROW_LEFT));
        back.setId("wizard-back");
        back.setOnAction(e -> controller.close());
        HBox bar = new HBox(12, back, title, busy, spacer);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(12, 16, 0, 16));
        return bar;
    }

    private Node readingBar() {
        ComboBox<String> encoding = choices("wizard-encoding", ENCODINGS, model.encoding(), this::encodingName);
        ComboBox<String> delimiter = choices("wizard-delimiter", DELIMITERS, model.delimiter(), this::delimiterName);
        delimiter.disableProperty().bind(Bindings.createBooleanBinding(() -> model.preview().get() != null
                && model.preview().get().charset() == null, model.preview()));
        encoding.disableProperty().bind(delimiter.disableProperty());
        Spinner<Integer> header = new Spinner<>(1, 200, 1);
        header.setId("wizard-header-row");
        header.setEditable(true);
        header.setPrefWidth(90);
        header.getValueFactory().valueProperty().bindBidirectional(model.headerRow());
        FlowPane sheets = new FlowPane(10, 4);
        sheets.setId("wizard-sheets");
        model.sheets().addListener((ListChangeListener<SheetChoice>) c -> {
            sheets.getChildren().clear();
            for (SheetChoice s : model.sheets()) {
                CheckBox box = new CheckBox(s.summary() ? Messages.format("wizard.sheet.summary", s.name()) : s.name());
                box.selectedProperty().bindBidirectional(s.included());
                sheets.getChildren().add(box);
            }
        });
        Label sheetsLabel = new Label(Messages.get("wizard.sheets"));
        sheetsLabel.visibleProperty().bind(Bindings.isNotEmpty(model.sheets()));
        sheetsLabel.managedProperty().bind(sheetsLabel.visibleProperty());
        Label problem = new Label();
        problem.setId("wizard-problem");
        problem.getStyleClass().add("error-label");
        problem.setWrapText(true);
        problem.textProperty().bind(model.problem());
        problem.visibleProperty().bind(model.problem().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        Label found = new Label();
        found.setId("wizard-found");
        found.getStyleClass().add("hint-label");
        found.textProperty().bind(Bindings.createStringBinding(() -> {
            var preview = model.preview().get();
            return preview == null || preview.charset() == null ? ""
                    : Messages.format("wizard.found", preview.charset().name(), delimiterWord(preview.delimiter().toString()));
        }, model.preview()));
        found.setMinWidth(0); // what was detected gives way first; the labels and choices keep their width
        HBox options = new HBox(10, fixed("wizard.encoding"), encoding, fixed("wizard.delimiter"), delimiter, found,
                fixed("wizard.headerRow"), header, sheetsLabel, sheets);
        for (javafx.scene.Node n : List.of(encoding, delimiter, header)) {
            ((javafx.scene.layout.Region) n).setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        options.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(sheets, Priority.ALWAYS);
        VBox box = new VBox(6, options, problem);
        box.setPadding(new Insets(0, 16, 0, 16));
        return box;
    }

    private static Label fixed(String key) {
        Label label = new Label(Messages.get(key));
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }

    private String encodingName(String value) {
        return value == null || value.isEmpty() ? Messages.get("wizard.auto") : value;
    }

    private String delimiterName(String value) {
        return value == null || value.isEmpty() ? Messages.get("wizard.auto") : delimiterWord(value);
    }

    private static String delimiterWord(String value) {
        return switch (value) {
            case "," -> Messages.get("wizard.delimiter.comma");
            case ";" -> Messages.get("wizard.delimiter.semicolon");
            case "\t" -> Messages.get("wizard.delimiter.tab");
            case "|" -> Messages.get("wizard.delimiter.pipe");
            default -> value;
        };
    }

    private ComboBox<String> choices(String id, List<String> values, javafx.beans.property.StringProperty property,
                                     java.util.function.Function<String, String> names) {
        ComboBox<String> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(values);
        StringConverter<String> converter = org.rectify.ui.common.Names.<String>converter(s -> names.apply(s));
        box.setConverter(converter);
        box.valueProperty().bindBidirectional(property);
        return box;
    }

    private Node actions() {
        TextField name = new TextField();
        name.setId("wizard-name");
        name.setPrefColumnCount(22);
        name.textProperty().bindBidirectional(model.name());
        Button importJson = new Button(Messages.get("wizard.importJson"), new FontIcon(Feather.UPLOAD));
        importJson.setId("wizard-import-json");
        importJson.setOnAction(e -> controller.importJson());
        Button exportJson = new Button(Messages.get("wizard.exportJson"), new FontIcon(Feather.DOWNLOAD));
        exportJson.setId("wizard-export-json");
        exportJson.setOnAction(e -> controller.exportJson());
        Button save = new Button(Messages.get("wizard.save"), new FontIcon(Feather.SAVE));
        save.setId("wizard-save");
        save.setOnAction(e -> controller.save());
        Button saveAndImport = new Button(Messages.get("wizard.saveAndImport"), new FontIcon(Feather.PLAY));
        saveAndImport.setId("wizard-save-import");
        saveAndImport.getStyleClass().add("accent");
        saveAndImport.setDefaultButton(true);
        saveAndImport.setOnAction(e -> controller.saveAndImport());
        save.disableProperty().bind(Bindings.createBooleanBinding(() -> model.trial().get() == null
                || !model.trial().get().usable(), model.trial()));
        saveAndImport.disableProperty().bind(save.disableProperty());
        Label message = new Label();
        message.setId("wizard-message");
        message.getStyleClass().add("hint-label");
        message.textProperty().bind(model.message());
        message.setMinWidth(0);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        // the buttons keep their words; the name field gives way when the type is large
        for (Region button : List.of(importJson, exportJson, save, saveAndImport)) {
            button.setMinWidth(Region.USE_PREF_SIZE);
        }
        name.setMinWidth(120);
        HBox bar = new HBox(10, fixed("wizard.name"), name, importJson, exportJson, message, spacer, save, saveAndImport);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 16, 12, 16));
        bar.getStyleClass().add("wizard-actions");
        return bar;
    }
}
