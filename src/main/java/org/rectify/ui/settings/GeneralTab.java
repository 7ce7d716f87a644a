package org.rectify.ui.settings;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.rectify.ui.common.DialogService;
import org.rectify.ui.i18n.Messages;
import org.rectify.ui.theme.Theme;

/** Language (switched at once), theme, the data folder, and a backup of the store now. */
final class GeneralTab {

    private final VBox root;

    GeneralTab(SettingsController controller, javafx.beans.property.ObjectProperty<Theme> theme, Path dataFolder,
               DialogService dialogs, Consumer<Locale> switchLanguage) {
        ComboBox<Locale> language = new ComboBox<>();
        language.setId("settings-language");
        language.getItems().setAll(List.of(Messages.CHINESE, Locale.ENGLISH));
        language.setConverter(org.rectify.ui.common.Names.<Locale>converter(l -> l == null ? "" : Messages.get(l.getLanguage().equals("en") ? "settings.language.en" : "settings.language.zh")));
        language.setValue(Messages.locale().getLanguage().equals("en") ? Locale.ENGLISH : Messages.CHINESE);
        language.setOnAction(e -> {
            Locale chosen = language.getValue();
            if (chosen != null && !chosen.getLanguage().equals(Messages.locale().getLanguage())) {
                switchLanguage.accept(chosen);
            }
        });
        ComboBox<Theme> themes = new ComboBox<>();
        themes.setId("settings-theme");
        themes.getItems().setAll(Theme.values());
        themes.setConverter(org.rectify.ui.common.Names.<Theme>converter(t -> t == null ? "" : Messages.get("theme." + t.key())));
        themes.valueProperty().bindBidirectional(theme);
        Label folder = new Label(dataFolder.toString());
        folder.setId("settings-data-folder");
        folder.setWrapText(true);
        Button open = new Button(Messages.get("settings.dataFolder.open"), new FontIcon(Feather.FOLDER));
        open.setOnAction(e -> dialogs.openFile(dataFolder));
        Label folderHint = new Label(Messages.get("settings.dataFolder.hint"));
        folderHint.getStyleClass().add("hint-label");
        folderHint.setWrapText(true);
        Button backup = new Button(Messages.get("settings.backup"), new FontIcon(Feather.HARD_DRIVE));
        backup.setId("settings-backup");
        backup.setOnAction(e -> controller.backupNow());
        Button restore = new Button(Messages.get("settings.restore"), new FontIcon(Feather.ROTATE_CCW));
        restore.setId("settings-restore");
        restore.setOnAction(e -> controller.restore(dataFolder));
        Label backupHint = new Label(Messages.get("settings.backup.hint"));
        backupHint.getStyleClass().add("hint-label");
        backupHint.setWrapText(true);

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(12);
        grid.addRow(0, new Label(Messages.get("settings.language")), language);
        grid.addRow(1, new Label(Messages.get("settings.theme")), themes);
        grid.addRow(2, new Label(Messages.get("settings.dataFolder")), folder, open);
        grid.add(folderHint, 1, 3, 2, 1);
        grid.addRow(4, new Label(Messages.get("settings.backupTitle")), new javafx.scene.layout.HBox(10, backup, restore));
        grid.add(backupHint, 1, 5, 2, 1);
        root = new VBox(grid);
        root.setPadding(new Insets(12));
    }

    Node root() {
        return root;
    }
}
