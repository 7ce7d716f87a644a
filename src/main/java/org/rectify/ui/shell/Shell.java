package org.rectify.ui.shell;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.rectify.ui.common.PrivacyGuard;
import org.rectify.ui.i18n.Messages;

/**
 * The window's frame: header with the global period bar, navigation on the left, the current
 * screen, a status line at the bottom, and an overlay layer for long jobs. Showing a screen
 * attaches it and detaches the one before.
 */
public final class Shell {

    /** A navigation entry; {@code screen} is null for a screen that has not arrived yet (then it is not shown). */
    public record Entry(String id, String labelKey, Feather icon, Screen screen) {
    }

    private final BorderPane root = new BorderPane();
    private final StackPane content = new StackPane();
    private final StackPane layers = new StackPane(content);
    private final Label status = new Label();
    private final Label dataSpan = new Label();
    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private final Map<String, ToggleButton> buttons = new LinkedHashMap<>();
    private Entry current;
    private Consumer<String> onScreenShown = id -> { };

    public Shell(List<Entry> navigation, Node periodBar, PrivacyGuard privacy, String dataFolder) {
        root.setId("shell");
        // screens still to come are not shown at all: a disabled entry could not even say why
        navigation.stream().filter(e -> e.screen() != null).forEach(e -> entries.put(e.id(), e));
        root.setTop(header(periodBar, PrivacyBadge.of(privacy)));
        root.setLeft(navigation());
        root.setCenter(layers);
        root.setBottom(statusBar(dataFolder));
    }

    public BorderPane root() {
        return root;
    }

    public void setOnScreenShown(Consumer<String> handler) {
        this.onScreenShown = handler;
    }

    /** The ids of the screens that exist, in navigation order (for Ctrl+1 … shortcuts). */
    public List<String> screenIds() {
        return new ArrayList<>(entries.keySet());
    }

    /** Shows a screen by id; unknown or not-yet-built screens are ignored. */
    public void show(String id) {
        Entry next = entries.get(id);
        if (next == null || next.screen() == null || next == current) {
            return;
        }
        if (current != null) {
            current.screen().detach();
        }
        current = next;
        content.getChildren().setAll(next.screen().root());
        buttons.get(id).setSelected(true);
        next.screen().attach();
        onScreenShown.accept(id);
    }

    /** Hides the current screen (it stops following anything): the shell is about to be replaced. */
    public void leave() {
        if (current != null) {
            current.screen().detach();
            current = null;
        }
    }

    /** Shows the current screen's data again (after an import). */
    public void refreshCurrent() {
        if (current != null) {
            current.screen().detach();
            current.screen().attach();
        }
    }

    public boolean currentReady() {
        return current != null && current.screen().ready();
    }

    /** Asks the screen shown to show off what it does (screenshots). */
    public void showcaseCurrent() {
        if (current != null) {
            current.screen().showcase();
        }
    }

    /** Covers the screen with {@code overlay} until {@link #hideOverlay} is called. */
    public void showOverlay(Node overlay) {
        layers.getChildren().setAll(content, overlay);
    }

    public void hideOverlay() {
        layers.getChildren().setAll(content);
    }

    public boolean overlayShown() {
        return layers.getChildren().size() > 1;
    }

    /** A short line in the status bar: read-only mode, last import, a saved file … */
    public void setStatus(String text) {
        status.setText(text);
    }

    /** The data's first and last day in the status bar ("" while there is none): why ◀ ▶ stop where they do. */
    public void setDataSpan(String text) {
        dataSpan.setText(text);
    }

    private HBox header(Node periodBar, Node badge) {
        Label title = new Label(Messages.get("app.title"));
        title.getStyleClass().add("app-title");
        Label subtitle = new Label(Messages.get("app.subtitle"));
        subtitle.getStyleClass().add("app-subtitle");
        subtitle.setMinWidth(0);
        HBox.setHgrow(subtitle, Priority.SOMETIMES);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(14, title, subtitle, spacer, badge, periodBar);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(8, 18, 8, 18));
        header.getStyleClass().add("app-header");
        return header;
    }

    private HBox statusBar(String dataFolder) {
        status.setId("shell-status");
        status.getStyleClass().add("app-status");
        Label folder = new Label(Messages.format("app.dataFolder", dataFolder));
        folder.getStyleClass().add("app-folder");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        dataSpan.setId("shell-data-span");
        dataSpan.getStyleClass().add("app-folder");
        HBox bar = new HBox(18, status, spacer, dataSpan, folder);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 18, 4, 18));
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    private VBox navigation() {
        ToggleGroup group = new ToggleGroup();
        VBox nav = new VBox(4);
        nav.setId("shell-nav");
        nav.getStyleClass().add("nav");
        nav.setPadding(new Insets(12, 8, 12, 8));
        int index = 0;
        for (Entry entry : entries.values()) {
            ToggleButton button = new ToggleButton(Messages.get(entry.labelKey()), new FontIcon(entry.icon()));
            button.setId("nav-" + entry.id());
            button.getStyleClass().add("nav-button");
            button.setMaxWidth(Double.MAX_VALUE);
            button.setAlignment(Pos.CENTER_LEFT);
            button.setToggleGroup(group);
            index++;
            button.setTooltip(new Tooltip(Messages.format("nav.shortcut", index)));
            button.setOnAction(e -> {
                button.setSelected(true);
                show(entry.id());
            });
            buttons.put(entry.id(), button);
            nav.getChildren().add(button);
        }
        return nav;
    }
}
