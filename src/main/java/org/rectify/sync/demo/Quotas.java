package org.rectify.sync.demo;

import java.util.Random;

/** Exact whole-number splits, so that the demo's totals are what the plan says, not what chance gives. */
final class Quotas {

    private Quotas() {
    }

    /** Splits {@code total} in proportion to {@code weights} by largest remainder; the parts sum to {@code total}. */
    static int[] split(int total, double[] weights) {
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        int[] parts = new int[weights.length];
        double[] remainders = new double[weights.length];
        int assigned = 0;
        for (int i = 0; i < weights.length; i++) {
            double exact = total * weights[i] / sum;
            parts[i] = (int) Math.floor(exact);
            remainders[i] = exact - parts[i];
            assigned += parts[i];
        }
        for (int left = total - assigned; left > 0; left--) {
            int best = 0;
            for (int i = 1; i < remainders.length; i++) {
                if (remainders[i] > remainders[best]) {
                    best = i;
                }
            }
            parts[best]++;
            remainders[best] = -1;
        }
        return parts;
    }

    /** An array holding index i {@code counts[i]} times, in random order. */
    static int[] shuffledLabels(int[] counts, Random random) {
        int total = 0;
        for (int c : counts) {
            total += c;
        }
        int[] labels = new int[total];
        int k = 0;
        for (int i = 0; i < counts.length; i++) {
            for (int j = 0; j < counts[i]; j++) {
                labels[k++] = i;
            }
        }
        for (int i = labels.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = labels[i];
            labels[i] = labels[j];
            labels[j] = swap;
        }
        return labels;
    }

    /** Index drawn with probability proportional to its weight. */
    static int weighted(double[] weights, Random random) {
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        double r = random.nextDouble() * sum;
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }
}
