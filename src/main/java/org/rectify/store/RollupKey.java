package org.rectify.store;

import java.util.Arrays;

/**
 * The dimensions of one roll-up row: its day (as an epoch day, or a month number for the monthly
 * table) and name codes, in the table's key order. Sorted the way the table's primary key is.
 */
final class RollupKey implements Comparable<RollupKey> {

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

    @Override
    public int compareTo(RollupKey other) {
        // a plain loop: for six ints it beats Arrays.compare's vectorised set-up (sorting was a visible cost)
        int common = Math.min(parts.length, other.parts.length);
        for (int i = 0; i < common; i++) {
            if (parts[i] != other.parts[i]) {
                return Integer.compare(parts[i], other.parts[i]);
            }
        }
        return Integer.compare(parts.length, other.parts.length);
    }

    @Override
    public String toString() {
        return Arrays.toString(parts);
    }
}
