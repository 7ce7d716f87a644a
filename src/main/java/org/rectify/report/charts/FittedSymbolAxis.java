package org.rectify.report.charts;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.axis.AxisSpace;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.ui.RectangleEdge;

/** The heat map's district axis: its names shrink with the rows rather than being skipped when rows get short. */
final class FittedSymbolAxis extends SymbolAxis {

    private static final long serialVersionUID = 1L;

    private final int symbols;
    private transient Font fitted;

    FittedSymbolAxis(String[] names) {
        super(null, names);
        this.symbols = Math.max(1, names.length);
    }

    @Override
    public Font getTickLabelFont() {
        return fitted != null ? fitted : super.getTickLabelFont();
    }

    @Override
    public AxisSpace reserveSpace(Graphics2D g2, Plot plot, Rectangle2D plotArea, RectangleEdge edge, AxisSpace space) {
        fitted = FittedCellLabel.fit(super.getTickLabelFont(), plotArea.getHeight() * 0.85 / symbols);
        return super.reserveSpace(g2, plot, plotArea, edge, space);
    }

    @Override
    public AxisState draw(Graphics2D g2, double cursor, Rectangle2D plotArea, Rectangle2D dataArea, RectangleEdge edge,
                          PlotRenderingInfo plotState) {
        fitted = FittedCellLabel.fit(super.getTickLabelFont(), dataArea.getHeight() / symbols);
        return super.draw(g2, cursor, plotArea, dataArea, edge, plotState);
    }
}
