package org.rectify.sync.demo;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo's calibration: monthly complaint volumes and shares chosen so that the seed report's
 * figures (DESIGN section 4) come out when computed by the KPI definitions. Quarter figures of
 * 2013-Q1 and 2014-Q1 are anchors; the months between move linearly from one to the other.
 */
final class DemoPlan {

    static final YearMonth FIRST_MONTH = YearMonth.of(2013, 1);
    static final int MONTHS = 17; // 2013-01 .. 2014-05

    /** Complaints per month at scale 1. Q1 2013 sums to 114,684 and Q1 2014 to 93,885. */
    private static final int[] COMPLAINTS = {
        39_500, 35_400, 39_784, 37_900, 38_600, 39_200, 40_100, 39_800, 38_300, 37_100, 36_200, 35_500,
        32_600, 28_900, 32_385, 31_400, 30_900};

    static final double RATE_2013_Q1 = 3.56;
    static final double RATE_2014_Q1 = 2.74;
    static final double BILLING_SHARE_2013 = 0.27;
    static final double BILLING_SHARE_2014 = 0.23;
    static final double INSTALL_SHARE_2013 = 0.30;
    /** Install & maintenance complaints fall by 47.2 % from Q1 2013 to Q1 2014. */
    static final double INSTALL_SHARE_2014 = INSTALL_SHARE_2013 * (1 - 0.472) * quarterSum(0) / quarterSum(12);
    static final double TOP_INSTALL_PROBLEM_2013 = 0.167;
    static final double TOP_INSTALL_PROBLEM_2014 = 0.146;
    static final int MAJOR_2013 = 919;
    static final int MAJOR_2014 = 711;
    static final int REGULATOR_2013 = 352;
    static final int REGULATOR_2014 = 300;
    static final double FCR_2013 = 0.9440;
    static final double FCR_2014 = 0.9673;

    private DemoPlan() {
    }

    static YearMonth month(int index) {
        return FIRST_MONTH.plusMonths(index);
    }

    static int complaints(int index) {
        return COMPLAINTS[index];
    }

    /** A value that holds {@code v2013} through Q1 2013, {@code v2014} from Q1 2014, and moves linearly between. */
    static double anchored(int index, double v2013, double v2014) {
        if (index <= 2) {
            return v2013;
        }
        if (index >= 12) {
            return v2014;
        }
        return v2013 + (v2014 - v2013) * (index - 2) / 10.0;
    }

    /**
     * Escalations in a month at scale 1: in the anchor quarters the quarter's total is split over
     * its months in proportion to complaints, so the quarter sums exactly; between, the rate per
     * complaint moves linearly.
     */
    static int escalations(int index, int q1Of2013, int q1Of2014) {
        if (index <= 2 || (index >= 12 && index <= 14)) {
            int first = index <= 2 ? 0 : 12;
            int total = index <= 2 ? q1Of2013 : q1Of2014;
            double[] weights = {COMPLAINTS[first], COMPLAINTS[first + 1], COMPLAINTS[first + 2]};
            return Quotas.split(total, weights)[index - first];
        }
        double rate = anchored(index, (double) q1Of2013 / quarterSum(0), (double) q1Of2014 / quarterSum(12));
        return (int) Math.round(COMPLAINTS[index] * rate);
    }

    /** First-contact resolution by month of closing: 2013-04 still at the 2013 level, 2014 at the new one. */
    static double firstContactRate(int closedIndex) {
        if (closedIndex <= 3) {
            return FCR_2013;
        }
        if (closedIndex >= 12) {
            return FCR_2014;
        }
        return FCR_2013 + (FCR_2014 - FCR_2013) * (closedIndex - 3) / 9.0;
    }

    /**
     * Total subscribers per month at scale 1: smooth growth {@code base × g^i} with base and g
     * solved so that both anchor quarters' mean monthly per-1,000 rates are exact.
     */
    static List<Long> subscriberTotals() {
        double low = 0.98;
        double high = 1.03;
        for (int step = 0; step < 200; step++) {
            double g = (low + high) / 2;
            double rate2014 = RATE_2013_Q1 * meanScaled(12, g) / meanScaled(0, g);
            if (rate2014 > RATE_2014_Q1) {
                low = g;
            } else {
                high = g;
            }
        }
        double g = (low + high) / 2;
        double base = meanScaled(0, g) * 1000 / RATE_2013_Q1;
        List<Long> totals = new ArrayList<>(MONTHS);
        for (int i = 0; i < MONTHS; i++) {
            totals.add(Math.round(base * Math.pow(g, i)));
        }
        return totals;
    }

    /** mean over the quarter starting at {@code first} of complaints_i / g^i. */
    private static double meanScaled(int first, double g) {
        double sum = 0;
        for (int i = first; i < first + 3; i++) {
            sum += COMPLAINTS[i] / Math.pow(g, i);
        }
        return sum / 3;
    }

    private static int quarterSum(int first) {
        return COMPLAINTS[first] + COMPLAINTS[first + 1] + COMPLAINTS[first + 2];
    }
}
