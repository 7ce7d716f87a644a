package org.rectify.analytics;

import java.time.LocalDate;
import java.util.Map;
import org.rectify.domain.Period;
import org.rectify.domain.Scope;

/**
 * The KPIs of a period against a comparison period, in a scope. {@code partial} is true when the
 * period ends after the as-of date: both sides then cover the same elapsed days.
 */
public record KpiReport(Period period, Period vs, Scope scope, boolean partial, LocalDate asOf,
                        Map<Metric, KpiValue> metrics) {
}
