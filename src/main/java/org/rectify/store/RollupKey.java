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

    /** The first {@code count} dimensions. */
    RollupKey prefix(int count) {
        return new RollupKey(Arrays.copyOf(parts, count));
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
     * The keys (all of one table, so of one size) in the order of the table's primary key. One stable
     * pass per dimension, last first, each a sort of primitive longs (value, position so far): a
     * comparison sort of the key objects cost as much again in compiling its merges as in running.
     */
    static RollupKey[] sorted(java.util.Collection<RollupKey> keys) {
        RollupKey[] order = keys.toArray(new RollupKey[0]);
        if (order.length < 2) {
            return order;
        }
        long[] pass = new long[order.length];
        for (int part = order[0].size() - 1; part >= 0; part--) {
            for (int i = 0; i < order.length; i++) {
                // the value made non-negative in the high bits, the position so far (the tie-breaker) in the low 31
                pass[i] = ((long) order[i].parts[part] - Integer.MIN_VALUE) << 31 | i;
            }
            Arrays.sort(pass);
            RollupKey[] next = new RollupKey[order.length];
            for (int i = 0; i < pass.length; i++) {
                next[i] = order[(int) (pass[i] & Integer.MAX_VALUE)];
            }
            order = next;
        }
        return order;
    }

    @Override
    public String toString() {
        return Arrays.toString(parts);
    }
}
