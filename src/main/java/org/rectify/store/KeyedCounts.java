package org.rectify.store;

import java.util.Arrays;

/**
 * Counts per key of a fixed number of int parts (a roll-up row's period and name codes), in flat arrays:
 * the keys one after another in an int array, the counts in a long array, and an open-addressing table of
 * entry numbers. A roll-up sum looks up about eight keys for every complaint; as a {@code HashMap} of key
 * objects each lookup chased three pointers into memory scattered by the allocations, and the lookups were
 * half of the summing thread's time (measured, 1M import). Not thread-safe: one thread adds, and the
 * writer reads after waiting for it.
 */
final class KeyedCounts {

    private final int width;
    private final int countWidth;
    /** The key being looked up, filled by the caller: no array made per lookup. */
    private final int[] probe;
    private int[] keys;
    private long[] counts;
    /** Entry number + 1 per slot, 0 for an empty slot; a power of two long, at most half full. */
    private int[] slots;
    private int size;

    KeyedCounts(int width, int countWidth) {
        this.width = width;
        this.countWidth = countWidth;
        this.probe = new int[width];
        this.keys = new int[16 * width];
        this.counts = new long[16 * countWidth];
        this.slots = new int[32];
    }

    /** The array to fill with a key's parts before {@link #entry()}. */
    int[] probe() {
        return probe;
    }

    /** The entry of the key in {@link #probe()}, added with zero counts when new. */
    int entry() {
        int mask = slots.length - 1;
        for (int slot = hash(probe, 0) & mask; ; slot = (slot + 1) & mask) {
            int entry = slots[slot] - 1;
            if (entry < 0) {
                return add(slot);
            }
            if (Arrays.equals(keys, entry * width, entry * width + width, probe, 0, width)) {
                return entry;
            }
        }
    }

    /** Adds {@code delta} to count {@code index} of an entry. */
    void add(int entry, int index, long delta) {
        counts[entry * countWidth + index] += delta;
    }

    int size() {
        return size;
    }

    int width() {
        return width;
    }

    int countWidth() {
        return countWidth;
    }

    int part(int entry, int part) {
        return keys[entry * width + part];
    }

    long count(int entry, int index) {
        return counts[entry * countWidth + index];
    }

    void clear() {
        Arrays.fill(slots, 0);
        Arrays.fill(counts, 0, size * countWidth, 0);
        size = 0;
    }

    private int add(int slot) {
        int entry = size++;
        if ((entry + 1) * width > keys.length) {
            keys = Arrays.copyOf(keys, keys.length * 2);
            counts = Arrays.copyOf(counts, counts.length * 2);
        }
        System.arraycopy(probe, 0, keys, entry * width, width);
        slots[slot] = entry + 1;
        if (size * 2 > slots.length) {
            rehash();
        }
        return entry;
    }

    private void rehash() {
        slots = new int[slots.length * 2];
        int mask = slots.length - 1;
        for (int entry = 0; entry < size; entry++) {
            int slot = hash(keys, entry * width) & mask;
            while (slots[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = entry + 1;
        }
    }

    private int hash(int[] parts, int from) {
        int h = 1;
        for (int i = from; i < from + width; i++) {
            h = 31 * h + parts[i];
        }
        h *= 0x9E3779B9; // spread: keys differ mostly in their low parts
        return h ^ (h >>> 16);
    }

    /**
     * The entries in the order of the table's primary key: part by part, each as a signed int. Stable passes
     * over primitive longs (values, position so far), the last parts first: each pass packs as many parts as
     * fit beside the position, each in the bits its range of values needs — a roll-up flush usually in one
     * pass (a comparison sort of key objects cost as much again in compiling its merges as in running).
     */
    int[] inKeyOrder() {
        int[] order = new int[size];
        Arrays.setAll(order, i -> i);
        if (size < 2) {
            return order;
        }
        int positionBits = 64 - Long.numberOfLeadingZeros(size - 1);
        long[] lowest = new long[width];
        int[] widths = new int[width];
        for (int part = 0; part < width; part++) {
            long low = Long.MAX_VALUE;
            long high = Long.MIN_VALUE;
            for (int entry = 0; entry < size; entry++) {
                low = Math.min(low, part(entry, part));
                high = Math.max(high, part(entry, part));
            }
            lowest[part] = low;
            widths[part] = 64 - Long.numberOfLeadingZeros(high - low); // at most 32: one always fits
        }
        long[] pass = new long[size];
        for (int last = width - 1; last >= 0; ) {
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

    /** One stable pass: by the parts {@code first} to {@code last}, packed, ties kept in their order. */
    private int[] sortedBy(int[] order, long[] pass, int first, int last, long[] lowest, int[] widths, int positionBits) {
        for (int i = 0; i < order.length; i++) {
            long value = 0;
            for (int part = first; part <= last; part++) {
                value = value << widths[part] | (part(order[i], part) - lowest[part]);
            }
            pass[i] = value << positionBits | i;
        }
        Arrays.sort(pass);
        long positionMask = (1L << positionBits) - 1;
        int[] next = new int[order.length];
        for (int i = 0; i < pass.length; i++) {
            next[i] = order[(int) (pass[i] & positionMask)];
        }
        return next;
    }
}
