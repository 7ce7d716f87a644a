package org.rectify.ui.trends;

import java.util.List;
import org.jfree.chart.JFreeChart;
import org.rectify.analytics.KpiService;
import org.rectify.analytics.Metric;
import org.rectify.analytics.TrendPoint;
import org.rectify.analytics.TrendService;
import org.rectify.domain.Grain;
import org.rectify.domain.Period;
import org.rectify.domain.Scope;
import org.rectify.report.charts.ChartStyle;
import org.rectify.report.charts.TrendChart;
import org.rectify.ui.common.ChoiceList;
import org.rectify.ui.common.Figures;
import org.rectify.ui.common.ScreenInputs;
import org.rectify.ui.common.TaskRunner;
import org.rectify.ui.i18n.Messages;
import org.rectify.ui.shell.Selection;
import org.rectify.ui.theme.ThemeManager;

/** Computes the selected metric's series and builds its chart off the FX thread; the latest request wins. */
public final class TrendsController {

    private final TrendService trends;
    private final KpiService kpis;
    private final Selection selection;
    private final ThemeManager themes;
    private final TaskRunner runner;
    private final TrendsModel model = new TrendsModel();
    private final ScreenInputs inputs;

    public TrendsController(TrendService trends, KpiService kpis, Selection selection, ThemeManager themes,
                            TaskRunner runner) {
        this.trends = trends;
        this.kpis = kpis;
        this.selection = selection;
        this.themes = themes;
        this.runner = runner;
        this.inputs = new ScreenInputs(runner, this::reload, model.metric(), model.grain(), model.category(),
                model.channel(), selection.period(), selection.district(), themes.theme());
    }

    public TrendsModel model() {
        return model;
    }

    public void attach() {
        inputs.attach();
        ChoiceList.fill(runner, kpis::categories, model.categories(), model.category(),
                error -> model.result().error().set(String.valueOf(error.getMessage())));
        ChoiceList.fill(runner, kpis::channels, model.channels(), model.channel(),
                error -> model.result().error().set(String.valueOf(error.getMessage())));
    }

    public void detach() {
        inputs.detach();
    }

    /** How many periods of each grain the chart spans, ending with the selected period. */
    static int span(Grain grain) {
        return switch (grain) {
            case DAY -> 60;
            case WEEK -> 52;
            default -> 12;
        };
    }

    public void reload() {
        Period selected = selection.period().get();
        if (selected == null) {
            return;
        }
        Metric metric = model.metric().get();
        Grain grain = model.grain().get();
        String category = model.category().get() == null || model.category().get().isEmpty() ? null : model.category().get();
        String channel = model.channel().get() == null || model.channel().get().isEmpty() ? null : model.channel().get();
        Scope scope = new Scope(selection.district().get(), category, channel);
        ChartStyle style = themes.chartStyle();
        TrendChart.Texts texts = texts(metric, scope);
        model.result().load(inputs.request(), () -> {
            Period last = Period.of(grain, selected.lastDay());
            Period first = last;
            for (int i = 1; i < span(grain); i++) {
                first = first.previous();
            }
            List<TrendPoint> points = trends.series(metric, grain, first, last, scope);
            JFreeChart chart = TrendChart.create(points, metric, texts, style);
            return new TrendsModel.Result(chart, scope);
        });
    }

    private static TrendChart.Texts texts(Metric metric, Scope scope) {
        String where = scope.district() == null ? Messages.get("selection.allDistricts") : scope.district();
        String title = Messages.format("trends.chartTitle", Figures.metricName(metric), where,
                (scope.category() == null ? "" : " · " + scope.category())
                        + (scope.channel() == null ? "" : " · " + scope.channel()));
        return new TrendChart.Texts(title, Messages.get("trends.current"), Messages.get("trends.previous"),
                Figures.metricName(metric), Messages.get("trends.partialNote"));
    }
}
