package org.rectify.report.charts;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Paint;
import java.text.DecimalFormat;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.CategoryTextAnnotation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryToolTipGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.rectify.analytics.Pareto;

/** Pareto of problems: bars by count, the cumulative share on a second axis, and the 80 % line. */
public final class ParetoChart {

    /** The words on the chart, in the user's language. */
    public record Texts(String title, String count, String cumulative, String others, String cut) {
    }

    private ParetoChart() {
    }

    /**
     * "Others" can outweigh every TOP bar many times over and flatten them; the count axis then
     * stops a little above the largest TOP bar, and the clipped "others" bar carries its count. The
     * 80 % line's label moves to the line's left end, over bars that now stay below it, so the two
     * labels never meet however small the chart.
     */
    private static void clipOthers(CategoryPlot plot, NumberAxis counts, Pareto pareto, Texts texts, ChartStyle style,
            ValueMarker cut) {
        long largest = pareto.items().stream().mapToLong(Pareto.Item::count).max().orElse(0);
        if (largest == 0 || pareto.othersCount() <= largest * 1.5) {
            return;
        }
        double top = largest * 1.5;
        counts.setRange(0, top);
        CategoryTextAnnotation label = new CategoryTextAnnotation(
                "▲ " + new DecimalFormat("#,##0").format(pareto.othersCount()), texts.others(), top * 0.9);
        label.setFont(style.font(Font.BOLD, 13));
        label.setPaint(style.foreground());
        // right-aligned to the end of the last category, so the count stays inside the plot
        label.setCategoryAnchor(org.jfree.chart.axis.CategoryAnchor.END);
        label.setTextAnchor(TextAnchor.TOP_RIGHT);
        plot.addAnnotation(label);
        cut.setLabelAnchor(RectangleAnchor.TOP_LEFT);
        cut.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
    }

    public static JFreeChart create(Pareto pareto, Texts texts, ChartStyle style) {
        DefaultCategoryDataset bars = new DefaultCategoryDataset();
        DefaultCategoryDataset cumulative = new DefaultCategoryDataset();
        for (Pareto.Item item : pareto.items()) {
            bars.addValue(item.count(), texts.count(), item.problem());
            cumulative.addValue(item.cumulative(), texts.cumulative(), item.problem());
        }
        if (pareto.othersCount() > 0) {
            bars.addValue(pareto.othersCount(), texts.count(), texts.others());
            cumulative.addValue(1.0, texts.cumulative(), texts.others());
        }
        CategoryAxis problems = new CategoryAxis();
        problems.setMaximumCategoryLabelLines(3);
        problems.setCategoryLabelPositions(bars.getColumnCount() > 8 ? CategoryLabelPositions.UP_45
                : CategoryLabelPositions.STANDARD);
        if (bars.getColumnCount() > 8) {
            // slanted names keep to one line of about three bars' width, cut with "…", never writing over each other
            problems.setMaximumCategoryLabelLines(1);
            problems.setMaximumCategoryLabelWidthRatio(3f);
            // the first name slants down to the left past its bar: room for it, or its first characters are cut
            problems.setLowerMargin(0.1);
        }
        NumberAxis counts = new RoomyNumberAxis(texts.count());
        counts.setStandardTickUnits(NumberAxis.createIntegerTickUnits()); // counts tick by whole numbers, never "1 1 1 0"
        counts.setNumberFormatOverride(new DecimalFormat("#,##0"));
        int othersColumn = pareto.othersCount() > 0 ? bars.getColumnCount() - 1 : -1;
        BarRenderer barRenderer = new BarRenderer() {
            @Override
            public Paint getItemPaint(int row, int column) {
                return column == othersColumn ? style.seriesColor(1) : style.seriesColor(0);
            }
        };
        barRenderer.setSeriesPaint(0, style.seriesColor(0)); // the legend's swatch
        barRenderer.setBarPainter(new StandardBarPainter());
        barRenderer.setShadowVisible(false);
        barRenderer.setMaximumBarWidth(0.08);
        barRenderer.setDefaultToolTipGenerator(new StandardCategoryToolTipGenerator("{1}: {2}", new DecimalFormat("#,##0")));
        CategoryPlot plot = new CategoryPlot(bars, problems, counts, barRenderer);

        NumberAxis share = new RoomyNumberAxis(texts.cumulative());
        share.setRange(0, 1.05);
        share.setNumberFormatOverride(new DecimalFormat("0%"));
        plot.setRangeAxis(1, share);
        plot.setDataset(1, cumulative);
        plot.mapDatasetToRangeAxis(1, 1);
        LineAndShapeRenderer line = new LineAndShapeRenderer(true, true);
        line.setSeriesPaint(0, style.seriesColor(2));
        line.setSeriesStroke(0, new BasicStroke(2.5f * style.scale()));
        line.setDefaultToolTipGenerator(new StandardCategoryToolTipGenerator("{1}: {2}", new DecimalFormat("0.0%")));
        plot.setRenderer(1, line);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);

        ValueMarker cut = new ValueMarker(0.8, style.highlight(), new BasicStroke(2f * style.scale(),
                BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] {8f, 5f}, 0f));
        cut.setLabel(texts.cut());
        cut.setLabelFont(style.font(Font.BOLD, 13));
        cut.setLabelPaint(style.highlight());
        cut.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        cut.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
        plot.addRangeMarker(1, cut, Layer.FOREGROUND);

        clipOthers(plot, counts, pareto, texts, style, cut);
        JFreeChart chart = new JFreeChart(texts.title(), new Font(style.fontFamily(), Font.BOLD, 18), plot, true);
        ChartStyler.apply(chart, style);
        return chart;
    }
}
