package org.rectify.report.charts;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;

/**
 * A heat-map cell's count in the largest type that fits the cell's height (never larger than the
 * style's size): on a short chart (the projector at 1280×800) counts shrink instead of overlapping.
 */
final class FittedCellLabel extends XYTextAnnotation {

    private static final long serialVersionUID = 1L;
    /** Type at most this share of a cell's height. */
    private static final double FILL = 0.72;

    private final int rows;
    private transient Font fitted;

    FittedCellLabel(String text, double x, double y, Font font, int rows) {
        super(text, x, y);
        super.setFont(font);
        this.rows = Math.max(1, rows);
    }

    @Override
    public Font getFont() {
        return fitted != null ? fitted : super.getFont();
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
                     int rendererIndex, PlotRenderingInfo info) {
        // set without firing a change event: this runs while the chart draws
        fitted = fit(super.getFont(), dataArea.getHeight() / rows);
        super.draw(g2, plot, dataArea, domainAxis, rangeAxis, rendererIndex, info);
    }

    static Font fit(Font font, double cellHeight) {
        float size = (float) Math.max(7, Math.min(font.getSize2D(), cellHeight * FILL));
        return size == font.getSize2D() ? font : font.deriveFont(size);
    }
}
