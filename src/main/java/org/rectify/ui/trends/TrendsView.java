package org.rectify.ui.trends;

import javafx.beans.value.ChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import org.jfree.chart.entity.CategoryItemEntity;
import org.rectify.analytics.Metric;
import org.rectify.domain.Period;
import org.rectify.domain.TicketFilter;
import org.rectify.ui.common.ChartPane;
import org.rectify.ui.common.DialogService;
import org.rectify.ui.common.ScreenToolbar;
import org.rectify.ui.common.Figures;
import org.rectify.ui.common.LabeledCell;
import org.rectify.ui.common.TicketDrillDown;
import org.rectify.ui.i18n.Messages;

/** A metric by day, week or month with last year's line; filters on top; a click opens the tickets behind a point. */
public final class TrendsView {

    private final TrendsModel model;
    private final BorderPane root = new BorderPane();
    private final ChartPane chart;
    private final ProgressIndicator busy = new ProgressIndicator();
    private final Label error = new Label();
    private final ChangeListener<TrendsModel.Result> onResult = (obs, old, now) -> show(now);

    public TrendsView(TrendsModel model, DialogService dialogs, TicketDrillDown drillDown) {
        this.model = model;
        this.chart = new ChartPane("trends-chart", dialogs);
        root.setId("trends");
        root.setTop(toolbar());
        root.setCenter(chart.root());
        BorderPane.setMargin(chart.root(), new Insets(0, 16, 16, 16));
        chart.setOnItemClicked(entity -> {
            if (entity instanceof CategoryItemEntity item && model.result().value().get() != null) {
                Period period = Period.parse(String.valueOf(item.getColumnKey()));
                boolean previous = Messages.get("trends.previous").equals(item.getRowKey());
                Period clicked = previous ? period.previousYear() : period;
                org.rectify.domain.Scope scope = model.result().value().get().scope();
                String district = scope.district();
                drillDown.open(TicketFilter.behindFigure(clicked.range(), model.result().value().get().scope(), null),
                        Messages.format("tickets.drillDown.figure", clicked.toString(),
                                district == null ? Messages.get("selection.allDistricts") : district,
                                (scope.category() == null ? "" : " · " + scope.category())
                                        + (scope.channel() == null ? "" : " · " + scope.channel())));
            }
        });
    }

    public BorderPane root() {
        return root;
    }

    public void attach() {
        model.result().bind(busy, error, onResult);
    }

    public void detach() {
        model.result().unbind(busy, error, onResult);
    }

    private void show(TrendsModel.Result result) {
        if (result != null) {
            chart.show(result.chart(), result.fileStem());
        }
    }

    private HBox toolbar() {
        ComboBox<Metric> metric = new ComboBox<>();
        metric.setId("trends-metric");
        metric.getItems().setAll(Metric.values());
        metric.valueProperty().bindBidirectional(model.metric());
        LabeledCell.use(metric, Figures::metricName);
        javafx.scene.control.CheckBox marks = new javafx.scene.control.CheckBox(Messages.get("trends.marks"));
        marks.setId("trends-marks");
        marks.selectedProperty().bindBidirectional(model.showMarks());
        return ScreenToolbar.of("nav.trends", "chart.clickHint", error, busy, metric,
                choice("trends-category", model.categories(), model.category(), "selection.allCategories"),
                choice("trends-channel", model.channels(), model.channel(), "selection.allChannels"), marks);
    }

    private static ComboBox<String> choice(String id, javafx.collections.ObservableList<String> items,
                                           javafx.beans.property.ObjectProperty<String> chosen, String allKey) {
        ComboBox<String> combo = new ComboBox<>(items);
        combo.setId(id);
        combo.valueProperty().bindBidirectional(chosen);
        LabeledCell.use(combo, c -> c.isEmpty() ? Messages.get(allKey) : c);
        return combo;
    }
}
