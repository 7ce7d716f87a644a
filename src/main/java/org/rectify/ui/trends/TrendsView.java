package org.rectify.ui.trends;

import javafx.beans.value.ChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.jfree.chart.entity.CategoryItemEntity;
import org.rectify.analytics.Metric;
import org.rectify.domain.Grain;
import org.rectify.domain.Period;
import org.rectify.domain.TicketFilter;
import org.rectify.ui.common.ChartPane;
import org.rectify.ui.common.DialogService;
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
        this.chart = new ChartPane("trends-chart", "trend", dialogs);
        root.setId("trends");
        root.setTop(toolbar());
        root.setCenter(chart.root());
        BorderPane.setMargin(chart.root(), new Insets(0, 16, 16, 16));
        chart.setOnItemClicked(entity -> {
            if (entity instanceof CategoryItemEntity item && model.result().get() != null) {
                Period period = Period.parse(String.valueOf(item.getColumnKey()));
                boolean previous = Messages.get("trends.previous").equals(item.getRowKey());
                Period clicked = previous ? period.previousYear() : period;
                org.rectify.domain.Scope scope = model.result().get().scope();
                String district = scope.district();
                drillDown.open(TicketFilter.behindFigure(clicked.range(), model.result().get().scope(), null),
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

    public ChartPane chart() {
        return chart;
    }

    public void attach() {
        model.result().addListener(onResult);
        busy.visibleProperty().bind(model.loading());
        error.textProperty().bind(model.error());
        show(model.result().get());
    }

    public void detach() {
        model.result().removeListener(onResult);
        busy.visibleProperty().unbind();
        error.textProperty().unbind();
    }

    private void show(TrendsModel.Result result) {
        if (result != null) {
            chart.show(result.chart());
        }
    }

    private HBox toolbar() {
        Label title = new Label(Messages.get("nav.trends"));
        title.getStyleClass().add("screen-title");
        ComboBox<Metric> metric = new ComboBox<>();
        metric.setId("trends-metric");
        metric.getItems().setAll(Metric.values());
        metric.valueProperty().bindBidirectional(model.metric());
        LabeledCell.use(metric, Figures::metricName);
        ComboBox<Grain> grain = new ComboBox<>();
        grain.setId("trends-grain");
        grain.getItems().setAll(Grain.DAY, Grain.WEEK, Grain.MONTH);
        grain.valueProperty().bindBidirectional(model.grain());
        LabeledCell.use(grain, g -> Messages.get("grain." + g.name().toLowerCase()));
        ComboBox<String> category = new ComboBox<>(model.categories());
        category.setId("trends-category");
        category.valueProperty().bindBidirectional(model.category());
        LabeledCell.use(category, c -> c.isEmpty() ? Messages.get("selection.allCategories") : c);
        ComboBox<String> channel = new ComboBox<>(model.channels());
        channel.setId("trends-channel");
        channel.valueProperty().bindBidirectional(model.channel());
        LabeledCell.use(channel, c -> c.isEmpty() ? Messages.get("selection.allChannels") : c);
        error.getStyleClass().add("error-label");
        busy.setPrefSize(22, 22);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label hint = new Label(Messages.get("chart.clickHint"));
        hint.getStyleClass().add("hint-label");
        HBox bar = new HBox(12, title, metric, grain, category, channel, error, spacer, hint, busy);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(12, 16, 12, 16));
        return bar;
    }
}
