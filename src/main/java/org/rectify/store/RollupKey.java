package org.rectify.store;

import java.util.Arrays;

/**
 * The dimensions of one roll-up row: its day (as an epoch day, or a month number for the monthly
 * table) and name codes, in the table's key order. Sorted the way the table's primary key is.
 */
final class RollupKey {

    private final int[] parts;
    private final int hash;

    RollupKey(int... parts) {
        this.parts = parts;
        this.hash = Arrays.hashCode(parts);
    }

    int part(int index) {
        return parts[index];
    }

    int size() {
        return parts.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RollupKey key && hash == key.hash && Arrays.equals(parts, key.parts);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    /**
     * The keys (all of one table, so of one size) in the order of the table's primary key. Stable passes
     * over primitive longs (values, position so far), the last dimensions first: each pass packs as many
     * dimensions as fit beside the position, each in the bits its range of values needs — a roll-up
     * flush usually in one pass (a comparison sort of the key objects cost as much again in compiling its
     * merges as in running; one pass per dimension: a 1M import's flushes 1.33 s, now 1.22 s).
     */
    static RollupKey[] sorted(java.util.Collection<RollupKey> keys) {
        RollupKey[] order = keys.toArray(new RollupKey[0]);
        if (order.length < 2) {
            return order;
        }
        int size = order[0].size();
        int positionBits = 64 - Long.numberOfLeadingZeros(order.length - 1);
        long[] lowest = new long[size];
        int[] widths = new int[size];
        for (int part = 0; part < size; part++) {
            long low = Long.MAX_VALUE;
            long high = Long.MIN_VALUE;
            for (RollupKey key : order) {
                low = Math.min(low, key.parts[part]);
                high = Math.max(high, key.parts[part]);
            }
            lowest[part] = low;
            widths[part] = 64 - Long.numberOfLeadingZeros(high - low); // at most 32: one always fits
        }
        long[] pass = new long[order.length];
        for (int last = size - 1; last >= 0; ) {
            int first = last;
            int bits = widths[last];
            while (first > 0 && bits + widths[first - 1] + positionBits <= 63) {
                bits += widths[--first];
            }
            if (bits > 0) {
                order = sortedBy(order, pass, first, last, lowest, widths, positionBits);
            }
            last = first - 1;
        }
        return order;
    }

    /** One stable pass: by the dimensions {@code first} to {@code last}, packed, ties kept in their order. */
    private static RollupKey[] sortedBy(RollupKey[] order, long[] pass, int first, int last, long[] lowest,
            int[] widths, int positionBits) {
        for (int i = 0; i < order.length; i++) {
            long value = 0;
            for (int part = first; part <= last; part++) {
                value = value << widths[part] | (order[i].parts[part] - lowest[part]);
            }
            pass[i] = value << positionBits | i;
        }
        Arrays.sort(pass);
        long positionMask = (1L << positionBits) - 1;
        RollupKey[] next = new RollupKey[order.length];
        for (int i = 0; i < pass.length; i++) {
            next[i] = order[(int) (pass[i] & positionMask)];
        }
        return next;
    }

    @Override
    public String toString() {
        return Arrays.toString(parts);
    }
}
