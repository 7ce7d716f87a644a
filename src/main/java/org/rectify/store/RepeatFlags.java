package org.rectify.store;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One pass over complaint contacts in time order that decides each one's repeat flag: a complaint is
 * a repeat when the same subscriber has a complaint created in [created − window, created) — an
 * earlier one exactly a window before counts, one at the same second does not. Memory holds the
 * subscribers seen within the last window only.
 */
final class RepeatFlags {

    /** A complaint whose flag differs from the stored one. */
    record Change(String ticketId, boolean repeat) {
    }

    /** A subscriber's latest time, and the latest time before it (for ties at the latest second). */
    private static final class Seen {
        long latest;
        long beforeLatest = Long.MIN_VALUE;

        Seen(long latest) {
            this.latest = latest;
        }
    }

    private record Visit(long time, String subscriber) {
    }

    private final long windowSeconds;
    private final long decideFrom;
    private final Map<String, Seen> seen = new HashMap<>();
    private final ArrayDeque<Visit> visits = new ArrayDeque<>();

    /**
     * Complaints created before {@code decideFrom} (seconds, as stored) only inform later ones; their own
     * flags are not reported.
     */
    RepeatFlags(long windowSeconds, long decideFrom) {
        this.windowSeconds = windowSeconds;
        this.decideFrom = decideFrom;
    }

    /** Takes the next complaint (in time order) and adds it to {@code changes} when its stored flag is wrong. */
    void next(long createdAt, String subscriber, String ticketId, boolean stored, List<Change> changes) {
        boolean repeat = flagOf(createdAt, subscriber);
        if (repeat != stored && createdAt >= decideFrom) {
            changes.add(new Change(ticketId, repeat));
        }
    }

    /** Takes the next complaint (in time order; seconds as stored) and says whether it is a repeat. */
    boolean flagOf(long time, String subscriber) {
        forgetBefore(time - windowSeconds);
        Seen s = seen.get(subscriber);
        long earlier = s == null ? Long.MIN_VALUE : s.latest < time ? s.latest : s.beforeLatest;
        boolean repeat = earlier != Long.MIN_VALUE && earlier >= time - windowSeconds;
        if (s == null) {
            seen.put(subscriber, new Seen(time));
        } else if (s.latest < time) {
            s.beforeLatest = s.latest;
            s.latest = time;
        }
        visits.addLast(new Visit(time, subscriber));
        return repeat;
    }

    /** Drops subscribers whose latest complaint is too old to make any later one a repeat. */
    private void forgetBefore(long oldestUseful) {
        while (!visits.isEmpty() && visits.peekFirst().time() < oldestUseful) {
            Visit v = visits.pollFirst();
            Seen s = seen.get(v.subscriber());
            if (s != null && s.latest < oldestUseful) {
                seen.remove(v.subscriber());
            }
        }
    }
}
