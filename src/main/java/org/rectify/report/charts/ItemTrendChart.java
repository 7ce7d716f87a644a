package org.rectify.report.charts;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryToolTipGenerator;
import org.jfree.chart.plot.CategoryMarker;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.rectify.checklist.SliceTrend;
import org.rectify.checklist.Verification;
import org.rectify.domain.Period;

/**
 * A problem item's slice week by week, with its target as a line and markers at the weeks the item
 * was raised, done and verified: whether the action worked, read off one chart.
 */
public final class ItemTrendChart {

    /** The words on the chart, in the user's language; {@code target} has one placeholder for the number. */
    public record Texts(String title, String series, String valueAxis, String target, String raised, String done,
                        String verified) {
    }

    private ItemTrendChart() {
    }

    public static JFreeChart create(SliceTrend trend, Texts texts, ChartStyle style) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Verification.WeekCount w : trend.weeks()) {
            data.addValue(w.count(), texts.series(), w.week().withoutYear());
        }
        List<String> labels = trend.weeks().stream().map(w -> w.week().withoutYear()).toList();
        SparseCategoryAxis weeks = new SparseCategoryAxis(null, labels, 6);
        weeks.setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
        NumberAxis values = new RoomyNumberAxis(texts.valueAxis());
        values.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        values.setAutoRangeIncludesZero(true);
        LineAndShapeRenderer line = new LineAndShapeRenderer(true, true);
        line.setSeriesPaint(0, style.seriesColor(0));
        line.setSeriesStroke(0, new BasicStroke(3f * style.scale(), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        double r = 3.5 * style.scale();
        line.setDefaultShape(new Ellipse2D.Double(-r, -r, 2 * r, 2 * r));
        line.setDefaultToolTipGenerator(new StandardCategoryToolTipGenerator("{1}: {2}", java.text.NumberFormat.getIntegerInstance()));
        CategoryPlot plot = new CategoryPlot(data, weeks, values, line);
        if (trend.target() != null) {
            ValueMarker target = new ValueMarker(trend.target(), style.highlight(), new BasicStroke(2f * style.scale(),
                    BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] {6f * style.scale(), 4f * style.scale()}, 0f));
            plot.addRangeMarker(target, Layer.FOREGROUND);
        }
        // the weeks' line keeps to the lower part of the plot; the markers' words stand in rows above it, one
        // row each, so that they neither cross the line nor write over each other
        values.setUpperMargin(0.5);
        mark(plot, labels, trend.raised(), texts.raised(), style, style.muted(), 0);
        mark(plot, labels, trend.done(), texts.done(), style, style.seriesColor(2), 1);
        mark(plot, labels, trend.verified(), texts.verified(), style, style.seriesColor(3), 2);
        JFreeChart chart = new JFreeChart(texts.title(), new Font(style.fontFamily(), Font.BOLD, 16), plot, false);
        ChartStyler.apply(chart, style);
        chart.getTitle().setFont(style.font(Font.BOLD, 14));
        if (trend.target() != null) {
            // the target's words stand beside the chart, not on its line: there they hid the weeks near the target
            org.jfree.chart.title.TextTitle words = new org.jfree.chart.title.TextTitle("- - " + String.format(texts.target(),
                    trend.target()), style.font(Font.BOLD, 12), style.highlight(), org.jfree.chart.ui.RectangleEdge.TOP,
                    org.jfree.chart.ui.HorizontalAlignment.RIGHT, org.jfree.chart.ui.VerticalAlignment.CENTER,
                    new org.jfree.chart.ui.RectangleInsets(0, 0, 2, 6));
            chart.addSubtitle(words);
        }
        return chart;
    }

    private static void mark(CategoryPlot plot, List<String> labels, Period week, String text, ChartStyle style,
                             java.awt.Color colour, int row) {
        if (week == null || !labels.contains(week.withoutYear())) {
            return;
        }
        CategoryMarker marker = new CategoryMarker(week.withoutYear(), colour, new BasicStroke(2f * style.scale()));
        marker.setDrawAsLine(true);
        marker.setLabel(text);
        marker.setLabelFont(style.font(Font.BOLD, 12));
        marker.setLabelPaint(colour);
        marker.setLabelOffset(new org.jfree.chart.ui.RectangleInsets(2 + row * 16 * style.scale(), 3, 2, 3));
        // the words on the side of the line with more room: right of it in the first half of the weeks
        boolean right = labels.indexOf(week.withoutYear()) < labels.size() / 2;
        marker.setLabelAnchor(right ? RectangleAnchor.TOP_RIGHT : RectangleAnchor.TOP_LEFT);
        marker.setLabelTextAnchor(right ? TextAnchor.TOP_LEFT : TextAnchor.TOP_RIGHT);
        plot.addDomainMarker(marker, Layer.FOREGROUND);
    }
}
