package org.rectify.analytics;

/** A metric's value for one date range, or null with the reason it cannot be computed. */
record Measure(Double value, String reason) {

    static Measure of(double value) {
        return new Measure(value, null);
    }

    static Measure missing(String reason) {
        return new Measure(null, reason);
    }

    /** numerator / denominator, null (with a reason) when the denominator is zero. */
    static Measure share(long numerator, long denominator, String what) {
        return denominator == 0 ? missing("no " + what + " in the period") : of((double) numerator / denominator);
    }
}
