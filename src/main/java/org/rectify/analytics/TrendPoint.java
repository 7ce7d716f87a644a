package org.rectify.analytics;

import org.rectify.domain.Period;

/**
 * One period of a trend with the same period a year earlier (ISO week to ISO week). A partial
 * period (the data ends inside it) is compared over the same elapsed days of last year. A null
 * value comes with its {@code reason} (a period outside the data, a missing subscriber count …).
 */
public record TrendPoint(Period period, Double value, Double previous, boolean partial, Reason reason) {

    public TrendPoint(Period period, Double value, Double previous) {
        this(period, value, previous, false, null);
    }
}
