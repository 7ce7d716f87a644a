package org.rectify.report.charts;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryToolTipGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.rectify.analytics.Metric;
import org.rectify.analytics.TrendPoint;

/** A metric's line per period with the previous year's line over it (ISO week to ISO week). */
public final class TrendChart {

    /** The words on the chart, in the user's language. */
    public record Texts(String title, String current, String previous, String valueAxis, String partialNote) {
    }

    private TrendChart() {
    }

    public static JFreeChart create(List<TrendPoint> points, Metric metric, Texts texts, ChartStyle style) {
        return create(points, metric, texts, style, org.rectify.domain.Period::toString, 16);
    }

    /**
     * As {@link #create(List, Metric, Texts, ChartStyle)}, with the periods labelled by {@code label}
     * ("W18" in a pack) and at most {@code maxLabels} of them shown (a narrow chart on a projector).
     */
    public static JFreeChart create(List<TrendPoint> points, Metric metric, Texts texts, ChartStyle style,
                                    java.util.function.Function<org.rectify.domain.Period, String> label, int maxLabels) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (TrendPoint p : points) {
            data.addValue(p.value(), texts.current(), label.apply(p.period()));
        }
        for (TrendPoint p : points) {
            data.addValue(p.previous(), texts.previous(), label.apply(p.period()));
        }
        List<String> labels = points.stream().map(p -> label.apply(p.period())).toList();
        SparseCategoryAxis periods = new SparseCategoryAxis(null, labels, maxLabels);
        periods.setCategoryLabelPositions(labels.size() > 16 ? CategoryLabelPositions.UP_45 : CategoryLabelPositions.STANDARD);
        NumberAxis values = new RoomyNumberAxis(texts.valueAxis());
        if (metric.kind() == Metric.Kind.COUNT) {
            values.setStandardTickUnits(NumberAxis.createIntegerTickUnits()); // whole numbers only
        }
        values.setNumberFormatOverride(ValueFormats.of(metric.kind()));
        values.setAutoRangeIncludesZero(true);
        LineAndShapeRenderer lines = new LineAndShapeRenderer(true, points.size() <= 60);
        lines.setSeriesPaint(0, style.seriesColor(0));
        lines.setSeriesPaint(1, style.seriesColor(1));
        lines.setSeriesStroke(0, new BasicStroke(3f * style.scale(), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        lines.setSeriesStroke(1, new BasicStroke(2f * style.scale(), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND,
                1f, new float[] {6f * style.scale(), 4f * style.scale()}, 0f));
        double r = 3.5 * style.scale();
        lines.setDefaultShape(new Ellipse2D.Double(-r, -r, 2 * r, 2 * r));
        lines.setDefaultToolTipGenerator(new StandardCategoryToolTipGenerator("{0} {1}: {2}", ValueFormats.of(metric.kind())));
        CategoryPlot plot = new CategoryPlot(data, periods, values, lines);
        JFreeChart chart = new JFreeChart(texts.title(), new Font(style.fontFamily(), Font.BOLD, 18), plot, true);
        if (!points.isEmpty() && points.get(points.size() - 1).partial()) {
            chart.addSubtitle(new org.jfree.chart.title.TextTitle(texts.partialNote()));
        }
        ChartStyler.apply(chart, style);
        return chart;
    }
}
