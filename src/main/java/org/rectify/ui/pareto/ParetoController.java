package org.rectify.ui.pareto;

import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import org.rectify.analytics.KpiReport;
import org.rectify.analytics.KpiService;
import org.rectify.analytics.Metric;
import org.rectify.analytics.Pareto;
import org.rectify.analytics.ParetoService;
import org.rectify.domain.Period;
import org.rectify.domain.Scope;
import org.rectify.report.charts.ChartStyle;
import org.rectify.report.charts.ParetoChart;
import org.rectify.ui.common.LatestRequest;
import org.rectify.ui.common.TaskRunner;
import org.rectify.ui.i18n.Messages;
import org.rectify.ui.shell.Selection;
import org.rectify.ui.theme.ThemeManager;

/** Computes the Pareto of the selected period and scope, and the TOP problem share against last year. */
public final class ParetoController {

    private final ParetoService pareto;
    private final KpiService kpis;
    private final Selection selection;
    private final ThemeManager themes;
    private final TaskRunner runner;
    private final LatestRequest request;
    private final ParetoModel model = new ParetoModel();
    private final InvalidationListener reload = obs -> reload();

    public ParetoController(ParetoService pareto, KpiService kpis, Selection selection, ThemeManager themes,
                            TaskRunner runner) {
        this.pareto = pareto;
        this.kpis = kpis;
        this.selection = selection;
        this.themes = themes;
        this.runner = runner;
        this.request = new LatestRequest(runner);
    }

    public ParetoModel model() {
        return model;
    }

    public void attach() {
        inputs().forEach(input -> input.addListener(reload));
        runner.run(kpis::categories, names -> {
            String current = model.category().get();
            model.categories().setAll(ParetoModel.ALL_CATEGORIES);
            model.categories().addAll(names);
            model.category().set(names.contains(current) ? current : ParetoModel.ALL_CATEGORIES);
        }, error -> model.error().set(String.valueOf(error.getMessage())));
        reload();
    }

    public void detach() {
        inputs().forEach(input -> input.removeListener(reload));
        request.cancel();
    }

    private List<Observable> inputs() {
        return List.of(model.category(), model.topN(), selection.period(), selection.district(), themes.theme());
    }

    public void reload() {
        Period period = selection.period().get();
        if (period == null) {
            return;
        }
        String category = model.category().get() == null || model.category().get().isEmpty() ? null : model.category().get();
        Scope scope = new Scope(selection.district().get(), category);
        int n = model.topN().get();
        ChartStyle style = themes.chartStyle();
        ParetoChart.Texts texts = new ParetoChart.Texts(Messages.format("pareto.chartTitle", period.toString(),
                scope.district() == null ? Messages.get("selection.allDistricts") : scope.district(),
                category == null ? "" : " · " + category),
                Messages.get("pareto.count"), Messages.get("pareto.cumulative"), Messages.get("pareto.others"),
                Messages.get("pareto.cut"));
        model.loading().set(true);
        request.run(() -> {
            Pareto top = pareto.top(period, scope, n);
            KpiReport report = kpis.compute(period, null, scope);
            return new ParetoModel.Result(top, ParetoChart.create(top, texts, style),
                    report.metrics().get(Metric.TOP_PROBLEM_SHARE), period, report.vs(), scope);
        }, result -> {
            model.result().set(result);
            model.error().set("");
            model.loading().set(false);
        }, error -> {
            model.error().set(String.valueOf(error.getMessage()));
            model.loading().set(false);
        });
    }
}
