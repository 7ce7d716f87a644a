package org.rectify.ui.settings;

import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.rectify.analytics.Metric;
import org.rectify.store.KpiSettings;
import org.rectify.ui.i18n.Messages;

/** KPI targets (percent for shares), the QC tier thresholds and the repeat window; each saved on Enter or leaving the field. */
final class TargetsTab {

    private final SettingsModel model;
    private final SettingsController controller;
    private final GridPane targets = new GridPane();
    private final TextField selfCheck = new TextField();
    private final TextField support = new TextField();
    private final TextField window = new TextField();
    private final VBox root;

    TargetsTab(SettingsModel model, SettingsController controller) {
        this.model = model;
        this.controller = controller;
        targets.setHgap(10);
        targets.setVgap(8);
        int row = 0;
        for (Metric metric : Metric.values()) {
            TextField field = new TextField();
            field.setId("settings-target-" + metric.key());
            field.setPrefColumnCount(8);
            savedOnCommit(field, text -> controller.setTarget(metric, text));
            Label unit = new Label(Messages.get(metric.kind() == Metric.Kind.SHARE ? "settings.unit.percent"
                    : "settings.unit.number"));
            unit.getStyleClass().add("hint-label");
            targets.addRow(row++, new Label(Messages.get("metric." + metric.key())), field, unit);
        }
        // every read redraws, the same values too: a refused edit puts the stored value back in its field
        model.loads().addListener((obs, old, now) -> show(model.values().get()));

        GridPane tiers = new GridPane();
        tiers.setHgap(10);
        tiers.setVgap(8);
        selfCheck.setId("settings-self-check");
        support.setId("settings-support");
        selfCheck.setPrefColumnCount(6);
        support.setPrefColumnCount(6);
        savedOnCommit(selfCheck, text -> controller.setThresholds(text, support.getText()));
        savedOnCommit(support, text -> controller.setThresholds(selfCheck.getText(), text));
        tiers.addRow(0, new Label(Messages.get("settings.selfCheck")), selfCheck, new Label(Messages.get("settings.unit.percent")));
        tiers.addRow(1, new Label(Messages.get("settings.support")), support, new Label(Messages.get("settings.unit.percent")));
        window.setId("settings-repeat-window");
        window.setPrefColumnCount(6);
        savedOnCommit(window, controller::setRepeatWindow);
        tiers.addRow(2, new Label(Messages.get("settings.repeatWindow")), window, new Label(Messages.get("settings.unit.days")));
        Label windowHint = new Label(Messages.get("settings.repeatWindow.hint"));
        windowHint.getStyleClass().add("hint-label");
        windowHint.setWrapText(true);

        VBox content = new VBox(12, org.rectify.ui.common.Names.section("settings.targets"), targets, org.rectify.ui.common.Names.section("settings.tiers"), tiers, windowHint);
        content.setPadding(new Insets(12));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        root = new VBox(scroll);
        VBox.setVgrow(scroll, javafx.scene.layout.Priority.ALWAYS);
    }

    Node root() {
        return root;
    }

    private void show(KpiSettings.Values values) {
        if (values == null) {
            return;
        }
        for (Metric metric : Metric.values()) {
            TextField field = (TextField) targets.lookup("#settings-target-" + metric.key());
            Double target = values.targets().get(metric.key());
            field.setText(target == null ? "" : plain(metric.kind() == Metric.Kind.SHARE ? target * 100 : target));
        }
        window.setText(Integer.toString(model.repeatWindow().get()));
        selfCheck.setText(plain(values.selfCheckMin() * 100));
        support.setText(plain(values.supportMin() * 100));
    }

    /** 95, 2.74, 96.5: no needless decimals, no float noise. */
    static String plain(double value) {
        return java.math.BigDecimal.valueOf(value).setScale(4, java.math.RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString();
    }

    /** Saves on Enter, and on leaving the field when its text changed. */
    private static void savedOnCommit(TextField field, Consumer<String> save) {
        String[] shown = {""};
        field.focusedProperty().addListener((obs, was, now) -> {
            if (now) {
                shown[0] = field.getText();
            } else if (!field.getText().equals(shown[0])) {
                shown[0] = field.getText();
                save.accept(field.getText());
            }
        });
        field.setOnAction(e -> {
            shown[0] = field.getText();
            save.accept(field.getText());
        });
    }
}
