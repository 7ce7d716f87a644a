package org.rectify.ui.dashboard;

import java.time.LocalDate;
import java.util.EnumSet;
import org.rectify.analytics.KpiReport;
import org.rectify.analytics.KpiService;
import org.rectify.analytics.Metric;
import org.rectify.analytics.TrendService;
import org.rectify.domain.Grain;
import org.rectify.domain.Period;
import org.rectify.domain.Scope;
import org.rectify.ui.common.ScreenInputs;
import org.rectify.ui.common.TaskRunner;
import org.rectify.ui.shell.Selection;

/** Loads the KPI report and the sparklines for the selected period and district, off the FX thread. */
public final class DashboardController {

    private static final int SPARK_PERIODS = 12;

    private final KpiService kpis;
    private final TrendService trends;
    private final Selection selection;
    private final DashboardModel model = new DashboardModel();
    private final ScreenInputs inputs;

    public DashboardController(KpiService kpis, TrendService trends, Selection selection, TaskRunner runner) {
        this.kpis = kpis;
        this.trends = trends;
        this.selection = selection;
        this.inputs = new ScreenInputs(runner, this::reload, selection.period(), selection.district());
    }

    public DashboardModel model() {
        return model;
    }

    public void attach() {
        inputs.attach();
    }

    public void detach() {
        inputs.detach();
    }

    public void reload() {
        Period period = selection.period().get();
        if (period == null) {
            return;
        }
        Scope scope = selection.scope();
        model.figures().load(inputs.request(), () -> load(period, scope));
    }

    private DashboardModel.Figures load(Period period, Scope scope) {
        KpiReport report = kpis.compute(period, null, scope);
        Grain grain = sparkGrain(period.grain());
        // a year or quarter the data ends in shows the months up to its last data, across the whole card
        LocalDate end = kpis.dataSpan().map(span -> span.clamp(period.lastDay())).orElse(period.lastDay());
        Period last = Period.of(grain, end);
        Period first = last;
        for (int i = 1; i < SPARK_PERIODS; i++) {
            first = first.previous();
        }
        return new DashboardModel.Figures(report, trends.series(EnumSet.allOf(Metric.class), grain, first, last, scope));
    }

    /** Quarters and years show their months; days, weeks and months show their own grain. */
    static Grain sparkGrain(Grain grain) {
        return grain == Grain.QUARTER || grain == Grain.YEAR ? Grain.MONTH : grain;
    }
}
