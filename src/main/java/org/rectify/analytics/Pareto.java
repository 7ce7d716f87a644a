package org.rectify.analytics;

import java.util.List;

/**
 * The TOP-N problems of a period: counts, shares of all complaints in the scope, cumulative
 * shares, the rest as "others", and how many problems make up the first 80 %. {@code reason} is
 * set when the period lies outside the data (then there is nothing to rank, not zero complaints).
 */
public record Pareto(long total, List<Item> items, long othersCount, Double othersShare, int itemsTo80Percent,
                     Reason reason) {

    /**
     * One problem of the Pareto, with its count in the same days a year earlier ({@code previous},
     * null when that period lies outside the data).
     */
    public record Item(String problem, long count, double share, double cumulative, Long previous) {

        /** Relative change against a year earlier; null without a comparison or from zero. */
        public Double change() {
            return previous == null || previous == 0 ? null : (double) count / previous - 1;
        }
    }

    static Pareto outside(Reason reason) {
        return new Pareto(0, List.of(), 0, null, 0, reason);
    }
}
