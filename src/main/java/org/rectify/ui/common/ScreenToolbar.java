package org.rectify.ui.common;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.rectify.ui.i18n.Messages;

/** A screen's top row: its title, its own choices, the failure line, and on the right a hint and a busy spinner. */
public final class ScreenToolbar {

    private ScreenToolbar() {
    }

    public static HBox of(String titleKey, String hintKey, Label error, ProgressIndicator busy, Node... choices) {
        Label title = new Label(Messages.get(titleKey));
        title.getStyleClass().add("screen-title");
        title.setMinWidth(Region.USE_PREF_SIZE);
        error.getStyleClass().add("error-label");
        busy.setPrefSize(22, 22);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label hint = new Label(Messages.get(hintKey));
        hint.getStyleClass().add("hint-label");
        hint.setMinWidth(0); // the hint gives way first when the window is narrow
        HBox bar = new HBox(12);
        bar.getChildren().add(title);
        for (Node choice : choices) {
            if (choice instanceof Region region) {
                region.setMinWidth(Region.USE_PREF_SIZE);
            }
            bar.getChildren().add(choice);
        }
        bar.getChildren().addAll(error, spacer, hint, busy);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(12, 16, 12, 16));
        return bar;
    }
}
