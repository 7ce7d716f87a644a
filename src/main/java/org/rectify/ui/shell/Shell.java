package org.rectify.ui.shell;

import java.util.List;
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
import org.rectify.ui.i18n.Messages;

/** The window's frame: header, navigation on the left, the current screen, and an overlay layer for long jobs. */
public final class Shell {

    /** A navigation entry; {@code screen} is null for a screen that has not arrived yet. */
    public record Entry(String id, String labelKey, Feather icon, Node screen) {
    }

    private final BorderPane root = new BorderPane();
    private final StackPane content = new StackPane();
    private final StackPane layers = new StackPane(content);
    private final Label status = new Label();

    public Shell(List<Entry> entries, String selectedId, String dataFolder) {
        root.setId("shell");
        root.setTop(header(dataFolder));
        root.setLeft(navigation(entries, selectedId));
        root.setCenter(layers);
    }

    public BorderPane root() {
        return root;
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

    /** A short line in the header: read-only mode, last import … */
    public void setStatus(String text) {
        status.setText(text);
    }

    private HBox header(String dataFolder) {
        Label title = new Label(Messages.get("app.title"));
        title.getStyleClass().add("app-title");
        Label subtitle = new Label(Messages.get("app.subtitle"));
        subtitle.getStyleClass().add("app-subtitle");
        Label folder = new Label(Messages.format("app.dataFolder", dataFolder));
        folder.getStyleClass().add("app-folder");
        status.setId("shell-status");
        status.getStyleClass().add("app-status");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(14, title, subtitle, spacer, status, folder);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(10, 18, 10, 18));
        header.getStyleClass().add("app-header");
        return header;
    }

    private VBox navigation(List<Entry> entries, String selectedId) {
        ToggleGroup group = new ToggleGroup();
        VBox nav = new VBox(4);
        nav.setId("shell-nav");
        nav.getStyleClass().add("nav");
        nav.setPadding(new Insets(12, 8, 12, 8));
        for (Entry entry : entries) {
            ToggleButton button = new ToggleButton(Messages.get(entry.labelKey()), new FontIcon(entry.icon()));
            button.setId("nav-" + entry.id());
            button.getStyleClass().add("nav-button");
            button.setMaxWidth(Double.MAX_VALUE);
            button.setAlignment(Pos.CENTER_LEFT);
            button.setToggleGroup(group);
            if (entry.screen() == null) {
                button.setDisable(true);
                Tooltip.install(button, new Tooltip(Messages.get("nav.comingLater")));
            } else {
                button.setOnAction(e -> {
                    button.setSelected(true);
                    content.getChildren().setAll(entry.screen());
                });
            }
            if (entry.id().equals(selectedId) && entry.screen() != null) {
                button.setSelected(true);
                content.getChildren().setAll(entry.screen());
            }
            nav.getChildren().add(button);
        }
        return nav;
    }
}
