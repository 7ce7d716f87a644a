package org.rectify.analytics;

import org.rectify.domain.Period;

/** One period of a trend with the same period a year earlier (ISO week to ISO week). */
public record TrendPoint(Period period, Double value, Double previous) {
}
