package org.rectify.ui.settings;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.rectify.ui.i18n.Messages;

/** Subscribers per month (rows) and district (columns), each cell editable; a month added; a file imported. */
final class SubscribersTab {

    private final SettingsModel model;
    private final SettingsController controller;
    private final TableView<SettingsModel.MonthRow> table = new TableView<>();
    private final VBox root;

    SubscribersTab(SettingsModel model, SettingsController controller) {
        this.model = model;
        this.controller = controller;
        table.setId("settings-subscribers");
        table.setEditable(true);
        table.setItems(model.months());
        table.setPlaceholder(new Label(Messages.get("settings.subscribers.empty")));
        model.districts().addListener((ListChangeListener<String>) c -> columns());
        columns();
        Button add = new Button(Messages.get("settings.subscribers.addMonth"), new FontIcon(Feather.PLUS));
        add.setId("settings-add-month");
        add.setOnAction(e -> controller.addMonth());
        Button load = new Button(Messages.get("settings.subscribers.import"), new FontIcon(Feather.UPLOAD));
        load.setId("settings-import-subscribers");
        load.setOnAction(e -> controller.importSubscribers());
        Label hint = new Label(Messages.get("settings.subscribers.hint"));
        hint.getStyleClass().add("hint-label");
        hint.setWrapText(true);
        HBox bar = new HBox(10, add, load);
        bar.setAlignment(Pos.CENTER_LEFT);
        root = new VBox(10, hint, bar, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        root.setPadding(new Insets(12));
    }

    Node root() {
        return root;
    }

    private void columns() {
        TableColumn<SettingsModel.MonthRow, String> month = new TableColumn<>(Messages.get("settings.subscribers.month"));
        month.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().month().toString()));
        month.setEditable(false);
        month.setPrefWidth(90);
        table.getColumns().setAll(java.util.List.of(month));
        for (String district : model.districts()) {
            TableColumn<SettingsModel.MonthRow, String> column = new TableColumn<>(district);
            column.setPrefWidth(110);
            column.setStyle("-fx-alignment: CENTER-RIGHT;");
            column.setCellValueFactory(c -> {
                Long count = c.getValue().counts().get(district);
                return new ReadOnlyStringWrapper(count == null ? "" : String.format("%,d", count));
            });
            column.setCellFactory(TextFieldTableCell.forTableColumn());
            column.setOnEditCommit(e -> controller.setSubscribers(e.getRowValue().month(), district, e.getNewValue()));
            table.getColumns().add(column);
        }
    }
}
