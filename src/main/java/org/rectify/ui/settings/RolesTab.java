package org.rectify.ui.settings;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.rectify.analytics.KpiConfiguration;
import org.rectify.store.KpiSettings;
import org.rectify.ui.i18n.Messages;

/** Which categories count as billing dispute, install & maintenance, channel service; which escalation channels are major or regulator. */
final class RolesTab {

    private final SettingsModel model;
    private final SettingsController controller;
    private final HBox root;

    RolesTab(SettingsModel model, SettingsController controller) {
        this.model = model;
        this.controller = controller;
        VBox roles = new VBox(8, org.rectify.ui.common.Names.section("settings.roles"), org.rectify.ui.common.Names.hint("settings.roles.hint"), categories());
        VBox groups = new VBox(8, org.rectify.ui.common.Names.section("settings.groups"), org.rectify.ui.common.Names.hint("settings.groups.hint"), channels(), addChannel());
        HBox.setHgrow(roles, Priority.ALWAYS);
        HBox.setHgrow(groups, Priority.ALWAYS);
        root = new HBox(16, roles, groups);
        root.setPadding(new Insets(12));
    }

    Node root() {
        return root;
    }

    private String roleOf(String category) {
        KpiSettings.Values values = model.values().get();
        if (values == null) {
            return "";
        }
        return KpiConfiguration.ROLES.stream().filter(r -> values.categories(r).contains(category)).findFirst().orElse("");
    }

    private TableView<String> categories() {
        TableView<String> table = new TableView<>(model.categories());
        table.setId("settings-roles");
        TableColumn<String, String> name = new TableColumn<>(Messages.get("tickets.col.category"));
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue()));
        name.setPrefWidth(160);
        TableColumn<String, String> role = new TableColumn<>(Messages.get("settings.role"));
        role.setPrefWidth(200);
        role.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue()));
        role.setCellFactory(c -> new TableCell<>() {
            private final ComboBox<String> choice = new ComboBox<>();

            {
                choice.getItems().add("");
                choice.getItems().addAll(KpiConfiguration.ROLES);
                choice.setConverter(org.rectify.ui.common.Names.<String>converter(r -> Messages.get(r == null || r.isEmpty() ? "settings.role.none" : "settings.role." + r)));
                choice.setOnAction(e -> {
                    String category = getItem();
                    String chosen = choice.getValue();
                    if (category != null && chosen != null && !chosen.equals(roleOf(category))) {
                        controller.setRole(category, chosen.isEmpty() ? null : chosen);
                    }
                });
            }

            @Override
            protected void updateItem(String category, boolean empty) {
                super.updateItem(category, empty);
                if (empty || category == null) {
                    setGraphic(null);
                    return;
                }
                choice.setValue(roleOf(category));
                setGraphic(choice);
            }
        });
        table.getColumns().setAll(List.of(name, role));
        model.values().addListener((javafx.beans.Observable o) -> {
            model.values().get();
            table.refresh();
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        return table;
    }

    private TableView<String> channels() {
        TableView<String> table = new TableView<>(model.channels());
        table.setId("settings-groups");
        TableColumn<String, String> name = new TableColumn<>(Messages.get("tickets.col.escalation"));
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue()));
        name.setPrefWidth(140);
        table.getColumns().add(name);
        for (String group : KpiConfiguration.GROUPS) {
            TableColumn<String, String> column = new TableColumn<>(Messages.get("settings.group." + group));
            column.setPrefWidth(110);
            column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
            column.setCellFactory(c -> new TableCell<>() {
                private final CheckBox box = new CheckBox();

                {
                    box.setOnAction(e -> {
                        String channel = getItem();
                        if (channel != null) {
                            Set<String> groups = new HashSet<>(groupsOf(channel));
                            if (box.isSelected()) {
                                groups.add(group);
                            } else {
                                groups.remove(group);
                            }
                            controller.setGroups(channel, groups);
                        }
                    });
                }

                @Override
                protected void updateItem(String channel, boolean empty) {
                    super.updateItem(channel, empty);
                    if (empty || channel == null) {
                        setGraphic(null);
                        return;
                    }
                    box.setSelected(groupsOf(channel).contains(group));
                    setGraphic(box);
                    setAlignment(Pos.CENTER);
                }
            });
            table.getColumns().add(column);
        }
        model.values().addListener((javafx.beans.Observable o) -> {
            model.values().get();
            table.refresh();
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        return table;
    }

    private Set<String> groupsOf(String channel) {
        KpiSettings.Values values = model.values().get();
        Set<String> groups = new HashSet<>();
        if (values != null) {
            KpiConfiguration.GROUPS.stream().filter(g -> values.channels(g).contains(channel)).forEach(groups::add);
        }
        return groups;
    }

    private Node addChannel() {
        TextField name = new TextField();
        name.setId("settings-new-channel");
        name.setPromptText(Messages.get("settings.groups.new"));
        Button add = new Button(Messages.get("settings.groups.add"), new FontIcon(Feather.PLUS));
        add.setId("settings-add-channel");
        add.setOnAction(e -> {
            if (!name.getText().isBlank()) {
                controller.setGroups(name.getText(), Set.of("major"));
                name.clear();
            }
        });
        HBox box = new HBox(8, name, add);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }
}
