package org.rectify.ui.startup;

import javafx.concurrent.Task;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.rectify.ui.i18n.Messages;

/** The card shown while the demo data is loaded on first start: what happens, how far, and a way to stop. */
final class DemoLoadOverlay {

    private final StackPane root = new StackPane();

    DemoLoadOverlay(Task<?> task) {
        Label title = new Label(Messages.get("demo.loading.title"));
        title.getStyleClass().add("overlay-title");
        Label explanation = new Label(Messages.get("demo.loading.explanation"));
        explanation.setWrapText(true);
        ProgressBar bar = new ProgressBar();
        bar.setId("demo-progress");
        bar.setPrefWidth(420);
        bar.progressProperty().bind(task.progressProperty());
        Label step = new Label();
        step.getStyleClass().add("overlay-step");
        step.textProperty().bind(task.messageProperty());
        Button cancel = new Button(Messages.get("common.cancel"));
        cancel.setId("demo-cancel");
        cancel.setOnAction(e -> task.cancel(false));
        VBox card = new VBox(14, title, explanation, bar, step, cancel);
        card.setAlignment(Pos.CENTER_LEFT);
        card.setMaxSize(520, VBox.USE_PREF_SIZE);
        card.getStyleClass().add("overlay-card");
        root.getChildren().add(card);
        root.setId("demo-overlay");
        root.getStyleClass().add("overlay");
    }

    StackPane root() {
        return root;
    }
}
