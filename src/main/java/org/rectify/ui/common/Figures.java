package org.rectify.ui.common;

import org.rectify.analytics.Metric;
import org.rectify.ui.i18n.Messages;

/** A metric's numbers as people read them on a card or in a table: 31,295 · 2.74 · 96.73 % · −18.1 % · +2.33 pp. */
public final class Figures {

    private Figures() {
    }

    public static String value(Metric metric, Double value) {
        if (value == null) {
            return Messages.get("figure.none");
        }
        return switch (metric.kind()) {
            case COUNT -> Messages.format("figure.count", Math.round(value));
            case RATE -> Messages.format("figure.rate", value);
            case SHARE -> Messages.format("figure.share", value * 100);
        };
    }

    public static String change(Metric metric, Double change) {
        if (change == null) {
            return Messages.get("figure.none");
        }
        String sign = change > 0 ? "+" : change < 0 ? "−" : "±";
        return metric.change() == Metric.Change.RELATIVE
                ? Messages.format("figure.relative", sign, Math.abs(change) * 100)
                : Messages.format("figure.points", sign, Math.abs(change) * 100);
    }

    /** True when the change moves the metric the wrong way (a rise in complaints, a fall in resolution). */
    public static boolean worse(Metric metric, Double change) {
        return change != null && (metric.higherIsBetter() ? change < 0 : change > 0);
    }

    /** The legend's words for a trend's intervention marks, in the user's language. */
    public static org.rectify.report.charts.InterventionMarkers.Texts interventionTexts() {
        return new org.rectify.report.charts.InterventionMarkers.Texts(Messages.get("trends.marks.raised"),
                Messages.get("trends.marks.done"));
    }

    public static String metricName(Metric metric) {
        return Messages.get("metric." + metric.key());
    }
}
