package org.rectify.ui.dashboard;

import java.util.List;
import java.util.Map;
import org.rectify.analytics.KpiReport;
import org.rectify.analytics.Metric;
import org.rectify.analytics.TrendPoint;
import org.rectify.ui.common.Loadable;

/** What the dashboard shows: the KPI report with a short trend per metric. */
public final class DashboardModel {

    /** A report and its sparklines, replaced together so the cards never mix two periods. */
    public record Figures(KpiReport report, Map<Metric, List<TrendPoint>> trends) {
    }

    private final Loadable<Figures> figures = new Loadable<>();

    public Loadable<Figures> figures() {
        return figures;
    }
}
