package org.rectify.ui.pareto;

import org.rectify.analytics.KpiReport;
import org.rectify.analytics.KpiService;
import org.rectify.analytics.Metric;
import org.rectify.analytics.Pareto;
import org.rectify.analytics.ParetoService;
import org.rectify.domain.Period;
import org.rectify.domain.Scope;
import org.rectify.report.charts.ChartStyle;
import org.rectify.report.charts.ParetoChart;
import org.jfree.chart.JFreeChart;
import org.rectify.ui.common.ChoiceList;
import org.rectify.ui.common.Reasons;
import org.rectify.ui.common.ScreenInputs;
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
    private final ParetoModel model = new ParetoModel();
    private final ScreenInputs inputs;

    public ParetoController(ParetoService pareto, KpiService kpis, Selection selection, ThemeManager themes,
                            TaskRunner runner) {
        this.pareto = pareto;
        this.kpis = kpis;
        this.selection = selection;
        this.themes = themes;
        this.runner = runner;
        this.inputs = new ScreenInputs(runner, this::reload, model.category(), model.topN(), selection.period(),
                selection.district(), themes.theme());
    }

    public ParetoModel model() {
        return model;
    }

    public void attach() {
        inputs.attach();
        ChoiceList.fill(runner, kpis::categories, model.categories(), model.category(),
                error -> model.result().error().set(String.valueOf(error.getMessage())));
    }

    public void detach() {
        inputs.detach();
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
        String noComplaints = Messages.get("pareto.noComplaints");
        String fileStem = Messages.format("chart.file.pareto",
                (scope.district() == null ? Messages.get("selection.allDistricts") : scope.district())
                        + (category == null ? "" : "-" + category), period.toString());
        model.result().load(inputs.request(), () -> {
            Pareto top = pareto.top(period, scope, n);
            KpiReport report = kpis.compute(period, null, scope);
            JFreeChart chart = ParetoChart.create(top, texts, style);
            chart.getPlot().setNoDataMessage(top.reason() != null ? Reasons.text(top.reason()) : noComplaints);
            return new ParetoModel.Result(top, chart,
                    report.metrics().get(Metric.TOP_PROBLEM_SHARE), period, report.vs(), scope, fileStem);
        });
    }
}
