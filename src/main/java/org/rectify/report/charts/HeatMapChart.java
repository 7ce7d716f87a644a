package org.rectify.report.charts;

import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.text.DecimalFormat;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.data.xy.DefaultXYZDataset;

/** Complaints per district (rows) and category (columns) as coloured cells with their counts. */
public final class HeatMapChart {

    private HeatMapChart() {
    }

    public static JFreeChart create(String title, List<String> districts, List<String> categories, long[][] counts,
                                    ChartStyle style) {
        int cells = districts.size() * categories.size();
        double[][] xyz = new double[3][cells];
        long max = 1;
        int i = 0;
        for (int d = 0; d < districts.size(); d++) {
            for (int c = 0; c < categories.size(); c++) {
                xyz[0][i] = c;
                xyz[1][i] = d;
                xyz[2][i] = counts[d][c];
                max = Math.max(max, counts[d][c]);
                i++;
            }
        }
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries("complaints", xyz);
        SymbolAxis x = new SymbolAxis(null, categories.toArray(String[]::new));
        SymbolAxis y = new FittedSymbolAxis(districts.toArray(String[]::new));
        x.setGridBandsVisible(false);
        y.setGridBandsVisible(false);
        y.setInverted(true);
        XYBlockRenderer cellsRenderer = new XYBlockRenderer();
        cellsRenderer.setPaintScale(new Shades(style.background(), style.seriesColor(0), max));
        XYPlot plot = new XYPlot(data, x, y, cellsRenderer);
        DecimalFormat format = new DecimalFormat("#,##0");
        for (int k = 0; k < cells; k++) {
            XYTextAnnotation label = new FittedCellLabel(format.format(xyz[2][k]), xyz[0][k], xyz[1][k],
                    style.font(Font.PLAIN, 12), districts.size());
            label.setPaint(xyz[2][k] > max * 0.55 ? Color.WHITE : style.foreground());
            plot.addAnnotation(label);
        }
        JFreeChart chart = new JFreeChart(title, new Font(style.fontFamily(), Font.BOLD, 18), plot, false);
        ChartStyler.apply(chart, style);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        return chart;
    }

    /** From the background colour at 0 to the accent colour at the largest count. */
    private record Shades(Color low, Color high, double max) implements PaintScale {
        @Override
        public double getLowerBound() {
            return 0;
        }

        @Override
        public double getUpperBound() {
            return max;
        }

        @Override
        public Paint getPaint(double value) {
            double t = Math.max(0, Math.min(1, value / max));
            return new Color(mix(low.getRed(), high.getRed(), t), mix(low.getGreen(), high.getGreen(), t),
                    mix(low.getBlue(), high.getBlue(), t));
        }

        private static int mix(int a, int b, double t) {
            return (int) Math.round(a + (b - a) * t);
        }
    }
}
