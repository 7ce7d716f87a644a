package org.rectify.report.pack;

import java.util.List;
import org.jfree.chart.JFreeChart;
import org.rectify.analytics.Metric;
import org.rectify.analytics.Pareto;
import org.rectify.analytics.TrendPoint;
import org.rectify.report.charts.ChartStyle;
import org.rectify.report.charts.InterventionMarkers;
import org.rectify.report.charts.ParetoChart;
import org.rectify.report.charts.TrendChart;

/**
 * A page's two charts, with the pack's words: weekly complaints against last year, and the TOP problems
 * of the week — of a district, or of the city ({@link #CITY}).
 */
final class PackCharts {

    /** The city's name on its pages. */
    static final String CITY = "全市";

    private PackCharts() {
    }

    /** The district's weeks with its checklist's problem items raised and done marked on them. */
    static JFreeChart trend(MeetingPack.DistrictPage page, ChartStyle style) {
        JFreeChart chart = trend(page.district(), page.trend(), style);
        InterventionMarkers.add(chart, page.interventions(), new InterventionMarkers.Texts("整改提出（项）", "整改完成（项）"),
                style, org.rectify.domain.Period::withoutYear);
        return chart;
    }

    static JFreeChart pareto(MeetingPack.DistrictPage page, MeetingPack pack, ChartStyle style) {
        return pareto(page.district(), page.pareto(), pack, style);
    }

    static JFreeChart cityTrend(MeetingPack pack, ChartStyle style) {
        return trend(CITY, pack.cityTrend(), style);
    }

    static JFreeChart cityPareto(MeetingPack pack, ChartStyle style) {
        return pareto(CITY, pack.cityPareto(), pack, style);
    }

    private static JFreeChart trend(String name, List<TrendPoint> trend, ChartStyle style) {
        return TrendChart.create(trend, Metric.COMPLAINTS, new TrendChart.Texts(name + " 每周抱怨量",
                "本期", "去年同期", "抱怨量", "最后一周尚未结束"), style, org.rectify.domain.Period::withoutYear, 6);
    }

    private static JFreeChart pareto(String name, Pareto pareto, MeetingPack pack, ChartStyle style) {
        return ParetoChart.create(pareto, new ParetoChart.Texts(name + " TOP问题 · " + pack.week(),
                "抱怨量", "累计占比", "其他", "80%"), style);
    }
}
