package org.rectify.ui.dashboard;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.rectify.analytics.KpiReport;
import org.rectify.analytics.KpiValue;
import org.rectify.analytics.Metric;
import org.rectify.analytics.TargetStatus;
import org.rectify.analytics.TrendPoint;
import org.rectify.ui.common.Figures;
import org.rectify.ui.common.Reasons;
import org.rectify.ui.i18n.Messages;

/** One KPI: value, change against the comparison period with an arrow, target light, and a sparkline. */
final class KpiCard {

    private final Metric metric;
    private final VBox root = new VBox(6);
    private final Label value = new Label();
    private final Label change = new Label();
    private final FontIcon arrow = new FontIcon(Feather.MINUS);
    private final Label previous = new Label();
    private final Label target = new Label();
    private final Label reason = new Label();
    private final Sparkline sparkline = new Sparkline();

    KpiCard(Metric metric, Runnable onOpen) {
        this.metric = metric;
        root.setId("kpi-" + metric.key());
        root.getStyleClass().add("kpi-card");
        Label title = new Label(Figures.metricName(metric));
        title.getStyleClass().add("kpi-title");
        title.setWrapText(true);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        target.getStyleClass().add("kpi-target");
        target.setMinWidth(Region.USE_PREF_SIZE);
        HBox top = new HBox(8, title, spacer, target);
        top.setAlignment(Pos.TOP_LEFT);
        value.getStyleClass().add("kpi-value");
        arrow.getStyleClass().add("kpi-arrow");
        change.getStyleClass().add("kpi-change");
        previous.getStyleClass().add("kpi-previous");
        change.setMinWidth(Region.USE_PREF_SIZE);
        HBox changeRow = new HBox(6, arrow, change);
        changeRow.setAlignment(Pos.CENTER_LEFT);
        reason.getStyleClass().add("kpi-reason");
        reason.setWrapText(true);
        root.getChildren().addAll(top, value, changeRow, previous, reason, sparkline);
        VBox.setVgrow(sparkline, Priority.ALWAYS);
        root.setSpacing(3);
        root.setOnMouseClicked(e -> onOpen.run());
        Tooltip.install(root, new Tooltip(Messages.get("dashboard.openTrend")));
    }

    VBox root() {
        return root;
    }

    void show(KpiReport report, List<TrendPoint> trend) {
        KpiValue v = report.metrics().get(metric);
        value.setText(Figures.value(metric, v.value()));
        change.setText(Figures.change(metric, v.change()));
        previous.setText(Messages.format("dashboard.previous", report.vs().toString(), Figures.value(metric, v.previous())));
        arrow.setIconCode(v.change() == null || v.change() == 0 ? Feather.MINUS
                : v.change() > 0 ? Feather.ARROW_UP_RIGHT : Feather.ARROW_DOWN_RIGHT);
        setState(change, arrow, v.change() == null ? "neutral" : Figures.worse(metric, v.change()) ? "worse" : "better");
        TargetStatus status = report.status(metric);
        value.getStyleClass().removeIf(c -> c.startsWith("status-") || c.equals("kpi-waiting"));
        if (status == TargetStatus.MISSED || status == TargetStatus.NEAR) {
            value.getStyleClass().add("status-" + status.name().toLowerCase()); // the value wears the pill's colour
        }
        target.setText(report.target(metric).map(t -> Messages.format(
                metric.higherIsBetter() ? "dashboard.targetAtLeast" : "dashboard.targetAtMost", Figures.value(metric, t)))
                .orElse(""));
        target.getStyleClass().removeIf(c -> c.startsWith("status-"));
        target.getStyleClass().add("status-" + status.name().toLowerCase());
        reason.setText(Reasons.text(v.reason()));
        reason.setManaged(v.reason() != null);
        reason.setVisible(v.reason() != null);
        sparkline.setPoints(trend == null ? List.of() : trend);
    }

    /** No figures yet (the store is empty or still loading): say so, show no number. */
    void showWaiting() {
        value.setText(Messages.get("dashboard.waitingValue"));
        value.getStyleClass().removeIf(c -> c.startsWith("status-"));
        if (!value.getStyleClass().contains("kpi-waiting")) {
            value.getStyleClass().add("kpi-waiting");
        }
        change.setText("");
        previous.setText("");
        target.setText("");
        target.getStyleClass().removeIf(c -> c.startsWith("status-"));
        arrow.setIconCode(Feather.MINUS);
        setState(change, arrow, "neutral");
        reason.setText("");
        reason.setManaged(false);
        reason.setVisible(false);
        sparkline.setPoints(List.of());
    }

    private static void setState(Label label, FontIcon icon, String state) {
        label.getStyleClass().removeIf(c -> c.startsWith("change-"));
        label.getStyleClass().add("change-" + state);
        icon.getStyleClass().removeIf(c -> c.startsWith("change-"));
        icon.getStyleClass().add("change-" + state);
    }
}
