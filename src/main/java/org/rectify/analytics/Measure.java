package org.rectify.analytics;

import java.util.EnumMap;
import java.util.Map;

/** A metric's value for one date range, or null with the reason it cannot be computed. */
record Measure(Double value, Reason reason) {

    static Measure of(double value) {
        return new Measure(value, null);
    }

    static Measure missing(Reason reason) {
        return new Measure(null, reason);
    }

    /** numerator / denominator, null (with {@code whenEmpty}) when the denominator is zero. */
    static Measure share(long numerator, long denominator, Reason.Kind whenEmpty) {
        return denominator == 0 ? missing(Reason.of(whenEmpty)) : of((double) numerator / denominator);
    }

    /** Every metric missing for the same reason (a period outside the data, an empty store). */
    static Map<Metric, Measure> allMissing(Reason reason) {
        Map<Metric, Measure> all = new EnumMap<>(Metric.class);
        for (Metric m : Metric.values()) {
            all.put(m, missing(reason));
        }
        return all;
    }
}
