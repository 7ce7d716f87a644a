package org.rectify.store;

import java.util.EnumMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Where a file's writing time went, summed per phase over its batches and logged at its commit: the
 * figures that import-speed work starts from (issue 13's).
 */
final class WritePhases {

    enum Phase {
        INSERTS("binding and inserts"),
        UPDATES("updates"),
        ROLLUP_FLUSHES("roll-up flushes"),
        COMMIT_PASS("repeat pass + roll-ups at commit"),
        COMMIT("commit"),
        DECIDING_REPEATS("deciding repeats"),
        WAITING_FOR_SUMS("waiting for the sums");

        private final String label;

        Phase(String label) {
            this.label = label;
        }
    }

    private final long startedNanos = System.nanoTime();
    private final Map<Phase, Long> nanos = new EnumMap<>(Phase.class);

    /** A phase's start, to hand back to {@link #add}. */
    static long now() {
        return System.nanoTime();
    }

    /** Adds the time since {@code started} to the phase. */
    void add(Phase phase, long started) {
        nanos.merge(phase, System.nanoTime() - started, Long::sum);
    }

    long elapsedMillis() {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }

    /** "binding and inserts 3347 ms, updates 4 ms, …", every phase in order. */
    String describe() {
        StringJoiner where = new StringJoiner(", ");
        for (Phase phase : Phase.values()) {
            where.add(phase.label + " " + nanos.getOrDefault(phase, 0L) / 1_000_000 + " ms");
        }
        return where.toString();
    }
}
