package org.rectify.report.charts;

import java.awt.Graphics2D;
import org.jfree.chart.axis.NumberAxis;

/**
 * A value axis that leaves three label heights between ticks: JFreeChart packs ticks as tight as
 * the labels allow, which gives twenty gridlines nobody can read from the back of a room.
 */
final class RoomyNumberAxis extends NumberAxis {

    private static final double SPACING = 3.0;

    RoomyNumberAxis(String label) {
        super(label);
    }

    @Override
    protected double estimateMaximumTickLabelHeight(Graphics2D g2) {
        return super.estimateMaximumTickLabelHeight(g2) * SPACING;
    }
}
