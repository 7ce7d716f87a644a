package org.rectify.analytics;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.rectify.domain.Period;
import org.rectify.domain.Scope;

/**
 * The KPIs of a period against a comparison period, in a scope, with the targets set for some of
 * them. {@code partial} is true when the period ends after the as-of date: both sides then cover
 * the same elapsed days. {@code outside} is set when the period has no day inside the data's span
 * (or the store is empty): then no metric has a value.
 */
public record KpiReport(Period period, Period vs, Scope scope, boolean partial, LocalDate asOf,
                        Map<Metric, KpiValue> metrics, Map<Metric, Double> targets, Reason outside) {

    /** The days the current values count: up to the as-of date in a partial period (closures included). */
    public org.rectify.domain.DateRange countedRange() {
        return partial ? period.elapsedAsOf(asOf) : period.range();
    }

    public Optional<Double> target(Metric metric) {
        return Optional.ofNullable(targets.get(metric));
    }

    /** Red/amber/green of the current value against the target. */
    public TargetStatus status(Metric metric) {
        return TargetStatus.of(metric, metrics.get(metric).value(), targets.get(metric));
    }
}
