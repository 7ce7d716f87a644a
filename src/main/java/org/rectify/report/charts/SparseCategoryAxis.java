package org.rectify.report.charts;

import java.awt.Graphics2D;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.text.TextBlock;
import org.jfree.chart.ui.RectangleEdge;

/** A category axis that labels every n-th category only, so that a year of days or weeks stays readable. */
final class SparseCategoryAxis extends CategoryAxis {

    private final Map<Comparable<?>, Integer> positions = new HashMap<>();
    private final int every;

    SparseCategoryAxis(String label, List<? extends Comparable<?>> categories, int maxLabels) {
        super(label);
        for (int i = 0; i < categories.size(); i++) {
            positions.put(categories.get(i), i);
        }
        this.every = Math.max(1, (int) Math.ceil(categories.size() / (double) maxLabels));
    }

    @Override
    protected TextBlock createLabel(Comparable category, float width, RectangleEdge edge, Graphics2D g2) {
        Integer position = positions.get(category);
        if (position != null && position % every != 0) {
            return new TextBlock();
        }
        // a label shown for every n-th category may use the room of the n categories it stands for
        return super.createLabel(category, width * every, edge, g2);
    }
}
