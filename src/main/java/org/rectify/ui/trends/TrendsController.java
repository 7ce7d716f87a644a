package org.rectify.ui.trends;

import java.util.List;
import org.jfree.chart.JFreeChart;
import org.rectify.analytics.KpiService;
import org.rectify.analytics.Metric;
import org.rectify.analytics.TrendPoint;
import org.rectify.analytics.TrendService;
import org.rectify.checklist.ChecklistService;
import org.rectify.domain.DateRange;
import org.rectify.domain.Grain;
import org.rectify.domain.Period;
import org.rectify.domain.Scope;
import org.rectify.report.charts.ChartStyle;
import org.rectify.report.charts.InterventionMarkers;
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
    private final ChecklistService checklist;
    private final KpiService kpis;
    private final Selection selection;
    private final ThemeManager themes;
    private final TaskRunner runner;
    private final TrendsModel model = new TrendsModel();
    private final ScreenInputs inputs;

    public TrendsController(TrendService trends, ChecklistService checklist, KpiService kpis, Selection selection,
                            ThemeManager themes, TaskRunner runner) {
        this.trends = trends;
        this.checklist = checklist;
        this.kpis = kpis;
        this.selection = selection;
        this.themes = themes;
        this.runner = runner;
        this.inputs = new ScreenInputs(runner, this::reload, model.metric(), model.category(),
                model.channel(), model.showMarks(), selection.period(), selection.district(), themes.theme());
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

    /** The header's grain as the chart's: days, weeks and months as they are; a quarter or year shows its months. */
    static Grain chartGrain(Grain selected) {
        return selected == Grain.QUARTER || selected == Grain.YEAR ? Grain.MONTH : selected;
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
        Grain grain = chartGrain(selected.grain());
        String category = model.category().get() == null || model.category().get().isEmpty() ? null : model.category().get();
        String channel = model.channel().get() == null || model.channel().get().isEmpty() ? null : model.channel().get();
        Scope scope = new Scope(selection.district().get(), category, channel);
        ChartStyle style = themes.chartStyle();
        TrendChart.Texts texts = texts(metric, scope);
        String fileStem = Messages.format("chart.file.trend", Figures.metricName(metric), where(scope), selected.toString());
        boolean marked = model.showMarks().get();
        model.result().load(inputs.request(), () -> {
            // a year or quarter the data ends in: the chart ends with its last month with data
            Period last = Period.of(grain, kpis.dataSpan().map(s -> s.clamp(selected.lastDay())).orElse(selected.lastDay()));
            Period first = last;
            for (int i = 1; i < span(grain); i++) {
                first = first.previous();
            }
            List<TrendPoint> points = trends.series(metric, grain, first, last, scope);
            JFreeChart chart = TrendChart.create(points, metric, texts, style);
            if (marked) {
                InterventionMarkers.add(chart, checklist.interventions(scope, grain, new DateRange(first.start(), last.end())),
                        Figures.interventionTexts(),
                        style, Period::toString);
            }
            return new TrendsModel.Result(chart, scope, fileStem);
        });
    }

    /** District (or all), category and channel of a scope in words: "龙华 · 装维服务". */
    private static String where(Scope scope) {
        return (scope.district() == null ? Messages.get("selection.allDistricts") : scope.district())
                + (scope.category() == null ? "" : " · " + scope.category())
                + (scope.channel() == null ? "" : " · " + scope.channel());
    }

    private static TrendChart.Texts texts(Metric metric, Scope scope) {
        String title = Messages.format("trends.chartTitle", Figures.metricName(metric), where(scope), "");
        return new TrendChart.Texts(title, Messages.get("trends.current"), Messages.get("trends.previous"),
                Figures.metricName(metric), Messages.get("trends.partialNote"));
    }
}
