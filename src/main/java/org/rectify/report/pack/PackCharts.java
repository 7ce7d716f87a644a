package org.rectify.report.pack;

import org.jfree.chart.JFreeChart;
import org.rectify.analytics.Metric;
import org.rectify.report.charts.ChartStyle;
import org.rectify.report.charts.ParetoChart;
import org.rectify.report.charts.TrendChart;

/** A district page's two charts, with the pack's words: weekly complaints against last year, and its TOP problems. */
final class PackCharts {

    private PackCharts() {
    }

    static JFreeChart trend(MeetingPack.DistrictPage page, ChartStyle style) {
        return TrendChart.create(page.trend(), Metric.COMPLAINTS, new TrendChart.Texts(page.district() + " 每周抱怨量",
                "本期", "去年同期", "抱怨量", "最后一周尚未结束"), style, week -> week.toString().substring(5), 6);
    }

    static JFreeChart pareto(MeetingPack.DistrictPage page, MeetingPack pack, ChartStyle style) {
        return ParetoChart.create(page.pareto(), new ParetoChart.Texts(page.district() + " TOP问题 · " + pack.week(),
                "抱怨量", "累计占比", "其他", "80%"), style);
    }
}
