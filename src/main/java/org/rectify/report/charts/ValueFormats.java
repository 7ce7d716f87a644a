package org.rectify.report.charts;

import java.text.DecimalFormat;
import java.text.NumberFormat;
import org.rectify.analytics.Metric;

/** How a metric's numbers read on an axis or in a tooltip: counts with separators, rates to two places, shares in %. */
public final class ValueFormats {

    private ValueFormats() {
    }

    public static NumberFormat of(Metric.Kind kind) {
        return switch (kind) {
            case COUNT -> new DecimalFormat("#,##0");
            case RATE -> new DecimalFormat("0.00");
            case SHARE -> new DecimalFormat("0.0%");
        };
    }
}
