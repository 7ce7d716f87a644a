package org.rectify.report.charts;

import java.awt.BasicStroke;
import java.awt.Font;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;

/** Applies a {@link ChartStyle} to a whole chart: background, titles, legend, axes and grid lines. */
final class ChartStyler {

    private ChartStyler() {
    }

    static void apply(JFreeChart chart, ChartStyle style) {
        chart.setBackgroundPaint(style.background());
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        if (chart.getTitle() != null) {
            chart.getTitle().setFont(style.font(Font.BOLD, 18));
            chart.getTitle().setPaint(style.foreground());
        }
        for (Object sub : chart.getSubtitles()) {
            styleTitle((Title) sub, style);
        }
        Plot plot = chart.getPlot();
        plot.setBackgroundPaint(style.background());
        plot.setOutlineVisible(false);
        plot.setNoDataMessageFont(style.font(Font.PLAIN, 16));
        plot.setNoDataMessagePaint(style.muted());
        BasicStroke gridStroke = new BasicStroke(0.8f * style.scale());
        if (plot instanceof CategoryPlot p) {
            p.setRangeGridlinePaint(style.grid());
            p.setRangeGridlineStroke(gridStroke);
            p.setDomainGridlinesVisible(false);
            for (int i = 0; i < p.getRangeAxisCount(); i++) {
                styleAxis(p.getRangeAxis(i), style);
            }
            styleAxis(p.getDomainAxis(), style);
        } else if (plot instanceof XYPlot p) {
            p.setRangeGridlinePaint(style.grid());
            p.setDomainGridlinePaint(style.grid());
            styleAxis(p.getRangeAxis(), style);
            styleAxis(p.getDomainAxis(), style);
        }
    }

    private static void styleTitle(Title title, ChartStyle style) {
        if (title instanceof LegendTitle legend) {
            legend.setItemFont(style.font(Font.PLAIN, 14));
            legend.setItemPaint(style.foreground());
            legend.setBackgroundPaint(style.background());
            legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
        } else if (title instanceof TextTitle text) {
            text.setFont(style.font(Font.PLAIN, 13));
            text.setPaint(style.muted());
        }
    }

    private static void styleAxis(Axis axis, ChartStyle style) {
        if (axis == null) {
            return;
        }
        axis.setLabelFont(style.font(Font.PLAIN, 14));
        axis.setLabelPaint(style.muted());
        axis.setTickLabelFont(style.font(Font.PLAIN, 13));
        axis.setTickLabelPaint(style.foreground());
        axis.setAxisLinePaint(style.grid());
        axis.setTickMarkPaint(style.grid());
    }
}
