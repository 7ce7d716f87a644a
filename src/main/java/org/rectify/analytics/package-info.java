/**
 * KPIs, comparisons, trends, Pareto and QC tiers (DESIGN section 4): pure computation over what
 * the store returns, no SQL here. Filled by the analytics issue.
 */
package org.rectify.analytics;
