package org.rectify.report.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Line2D;
import java.util.List;
import java.util.function.Function;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.CategoryMarker;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.rectify.checklist.InterventionMark;
import org.rectify.domain.Period;

/**
 * Checklist interventions on a trend: a thin line at each period where problem items were put on the
 * checklist or done, with their counts at the plot's foot (done above raised, each in its colour).
 * Counts only, so that a mark a week stays readable on a year of weeks; the legend says what they count.
 */
public final class InterventionMarkers {

    /** The legend's words for the two kinds of mark, in the user's language. */
    public record Texts(String raised, String done) {
    }

    private InterventionMarkers() {
    }

    /** Adds the marks on the periods the chart shows (labelled by {@code label}); others are left out. */
    public static void add(JFreeChart chart, List<InterventionMark> marks, Texts texts, ChartStyle style,
                           Function<Period, String> label) {
        CategoryPlot plot = chart.getCategoryPlot();
        List<?> shown = plot.getCategories();
        Color raised = style.muted();
        Color done = style.seriesColor(2);
        boolean any = false;
        for (InterventionMark mark : marks) {
            String period = label.apply(mark.period());
            if (!shown.contains(period)) {
                continue;
            }
            any = true;
            if (mark.raised() > 0) {
                plot.addDomainMarker(marker(period, mark.raised(), raised, style, true), Layer.BACKGROUND);
            }
            if (mark.done() > 0) {
                plot.addDomainMarker(marker(period, mark.done(), done, style, false), Layer.BACKGROUND);
            }
        }
        if (!any) {
            return;
        }
        LegendItemCollection legend = new LegendItemCollection();
        legend.addAll(plot.getRenderer().getLegendItems());
        legend.add(legendItem(texts.raised(), raised, style));
        legend.add(legendItem(texts.done(), done, style));
        plot.setFixedLegendItems(legend);
    }

    private static CategoryMarker marker(String period, int count, Color colour, ChartStyle style, boolean raised) {
        // the done line's dashes fall in the raised line's gaps: a period with both shows both, striped
        float dash = 3f * style.scale();
        CategoryMarker marker = new CategoryMarker(period, colour, new BasicStroke(1.5f * style.scale(),
                BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] {dash, dash}, raised ? 0f : dash));
        marker.setDrawAsLine(true);
        marker.setLabel(String.valueOf(count));
        marker.setLabelFont(style.font(Font.BOLD, 14));
        marker.setLabelPaint(colour);
        // at the foot, where a line from zero seldom is, beside the mark's line: items done a row above those raised
        double above = raised ? 3 : 3 + 20 * style.scale();
        marker.setLabelOffset(new RectangleInsets(3, 4, above, 4));
        marker.setLabelAnchor(RectangleAnchor.BOTTOM_RIGHT);
        marker.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
        return marker;
    }

    private static LegendItem legendItem(String text, Color colour, ChartStyle style) {
        LegendItem item = new LegendItem(text, null, null, null, new Line2D.Double(-7, 0, 7, 0),
                new BasicStroke(2f * style.scale(), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f,
                        new float[] {3f, 3f}, 0f), colour);
        return item;
    }
}
