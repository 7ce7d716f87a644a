package org.rectify.analytics;

/**
 * One metric for a period and its comparison. A value that cannot be computed is null and
 * {@code reason} says why (a reason of the comparison period is marked as such); {@code change}
 * is null when either value is null or a relative change would divide by zero.
 */
public record KpiValue(Double value, Double previous, Double change, Reason reason) {

    static KpiValue compare(Metric metric, Measure current, Measure previous) {
        Double change = null;
        if (current.value() != null && previous.value() != null) {
            if (metric.change() == Metric.Change.DIFFERENCE) {
                change = current.value() - previous.value();
            } else if (previous.value() != 0) {
                change = current.value() / previous.value() - 1;
            }
        }
        Reason reason = current.reason() != null ? current.reason()
                : previous.reason() != null ? previous.reason().ofComparison() : null;
        return new KpiValue(current.value(), previous.value(), change, reason);
    }
}
