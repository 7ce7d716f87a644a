package org.rectify.ui.settings;

import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.rectify.ui.common.DialogService;
import org.rectify.ui.common.ScreenToolbar;
import org.rectify.ui.i18n.Messages;
import org.rectify.ui.theme.Theme;

/** The settings screen: four tabs, each change saved as it is made, a refusal said on top. */
public final class SettingsView {

    private final BorderPane root = new BorderPane();

    public SettingsView(SettingsModel model, SettingsController controller, javafx.beans.property.ObjectProperty<Theme> theme,
                        Path dataFolder, DialogService dialogs, Consumer<Locale> switchLanguage) {
        root.setId("settings-screen");
        root.getStyleClass().add("screen");
        Label problem = new Label();
        problem.setId("settings-problem");
        problem.textProperty().bind(model.problem());
        problem.setWrapText(true);
        problem.setMinWidth(0);
        ProgressIndicator busy = new ProgressIndicator();
        busy.visibleProperty().bind(model.busy());
        TabPane tabs = new TabPane(
                tab("settings.tab.subscribers", "settings-tab-subscribers", new SubscribersTab(model, controller).root()),
                tab("settings.tab.targets", "settings-tab-targets", new TargetsTab(model, controller).root()),
                tab("settings.tab.roles", "settings-tab-roles", new RolesTab(model, controller).root()),
                tab("settings.tab.general", "settings-tab-general",
                        new GeneralTab(controller, theme, dataFolder, dialogs, switchLanguage).root()));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("settings-tabs");
        root.setTop(new VBox(ScreenToolbar.of("settings.title", "settings.hint", problem, busy)));
        root.setCenter(tabs);
    }

    public BorderPane root() {
        return root;
    }

    private static Tab tab(String key, String id, javafx.scene.Node content) {
        Tab tab = new Tab(Messages.get(key), content);
        tab.setId(id);
        return tab;
    }
}
