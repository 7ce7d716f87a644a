package org.rectify.analytics;

import java.util.List;

/**
 * The TOP-N problems of a period: counts, shares of all complaints in the scope, cumulative
 * shares, the rest as "others", and how many problems make up the first 80 %.
 */
public record Pareto(long total, List<Item> items, long othersCount, Double othersShare, int itemsTo80Percent) {

    /** One problem of the Pareto. */
    public record Item(String problem, long count, double share, double cumulative) {
    }
}
