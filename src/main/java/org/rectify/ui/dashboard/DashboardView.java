package org.rectify.ui.dashboard;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import org.rectify.analytics.KpiReport;
import org.rectify.analytics.Metric;
import org.rectify.ui.i18n.Messages;

/** The KPI cards of DESIGN section 4 in a 3 × 3 grid, under a line saying what is compared with what. */
public final class DashboardView {

    private static final int COLUMNS = 3;

    private final DashboardModel model;
    private final VBox root = new VBox(12);
    private final Label heading = new Label();
    private final Label partial = new Label(Messages.get("dashboard.partial"));
    private final Label error = new Label();
    private final ProgressIndicator busy = new ProgressIndicator();
    private final Map<Metric, KpiCard> cards = new EnumMap<>(Metric.class);
    private final ChangeListener<DashboardModel.Figures> onFigures = (obs, old, now) -> show(now);

    public DashboardView(DashboardModel model, Consumer<Metric> openTrend) {
        this.model = model;
        root.setId("dashboard");
        root.setPadding(new Insets(16, 20, 16, 20));
        Label title = new Label(Messages.get("nav.dashboard"));
        title.getStyleClass().add("screen-title");
        heading.setId("dashboard-heading");
        heading.getStyleClass().add("screen-subtitle");
        partial.setId("dashboard-partial");
        partial.getStyleClass().add("partial-badge");
        error.getStyleClass().add("error-label");
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        busy.setPrefSize(22, 22);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(14, title, heading, partial, spacer, busy);
        header.setAlignment(Pos.CENTER_LEFT);
        GridPane grid = new GridPane();
        grid.setHgap(14);
        grid.setVgap(14);
        for (int c = 0; c < COLUMNS; c++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(100.0 / COLUMNS);
            grid.getColumnConstraints().add(column);
        }
        Metric[] metrics = Metric.values();
        for (int r = 0; r < (metrics.length + COLUMNS - 1) / COLUMNS; r++) {
            RowConstraints row = new RowConstraints();
            row.setVgrow(Priority.ALWAYS);
            row.setFillHeight(true);
            grid.getRowConstraints().add(row);
        }
        for (int i = 0; i < metrics.length; i++) {
            Metric metric = metrics[i];
            KpiCard card = new KpiCard(metric, () -> openTrend.accept(metric));
            cards.put(metric, card);
            card.root().setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
            grid.add(card.root(), i % COLUMNS, i / COLUMNS);
        }
        VBox.setVgrow(grid, Priority.ALWAYS);
        root.getChildren().addAll(header, error, grid);
    }

    public VBox root() {
        return root;
    }

    public void attach() {
        model.figures().bind(busy, error, onFigures);
    }

    public void detach() {
        model.figures().unbind(busy, error, onFigures);
    }

    private void show(DashboardModel.Figures figures) {
        if (figures == null) {
            partial.setVisible(false);
            heading.setText(Messages.get("dashboard.waiting"));
            cards.values().forEach(KpiCard::showWaiting);
            return;
        }
        KpiReport report = figures.report();
        String district = report.scope().district() == null ? Messages.get("selection.allDistricts") : report.scope().district();
        heading.setText(Messages.format("dashboard.heading", district, report.period().toString(), report.vs().toString(),
                report.asOf() == null ? Messages.get("figure.none") : report.asOf().toString()));
        partial.setVisible(report.partial());
        for (Map.Entry<Metric, KpiCard> e : cards.entrySet()) {
            e.getValue().show(report, figures.trends().get(e.getKey()));
        }
    }
}
