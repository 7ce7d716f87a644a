package org.rectify.domain;

/** The length of a reporting period. */
public enum Grain {
    DAY, WEEK, MONTH, QUARTER, YEAR
}
