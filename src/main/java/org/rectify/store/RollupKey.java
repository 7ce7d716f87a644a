package org.rectify.store;

import java.util.Arrays;

/**
 * A complaint's roll-up dimensions (see {@link RollupDeltas#complaintKey}): its day as an epoch day and its
 * name codes. The roll-ups' own keys are rows of {@link KeyedCounts}.
 */
final class RollupKey {

    private final int[] parts;

    RollupKey(int... parts) {
        this.parts = parts;
    }

    int part(int index) {
        return parts[index];
    }

    int size() {
        return parts.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RollupKey key && Arrays.equals(parts, key.parts);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(parts);
    }

    @Override
    public String toString() {
        return Arrays.toString(parts);
    }
}
