package org.rectify.store;

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

    /** A complaint (its ticket row's rowid) whose flag differs from the stored one. */
    record Change(long row, boolean repeat) {
    }

    /** A subscriber's latest time, and the latest time before it (for ties at the latest second). */
    private static final class Seen {
        final String subscriber;
        long latest;
        long beforeLatest = Long.MIN_VALUE;

        Seen(String subscriber, long latest) {
            this.subscriber = subscriber;
            this.latest = latest;
        }
    }

    private final long windowSeconds;
    private final long decideFrom;
    private final Map<String, Seen> seen = new HashMap<>();
    /**
     * The complaints of the window in time order, as a ring of times and their subscriber's entry: one
     * map look-up a complaint (a million-row import spent 0.7 s in three).
     */
    private long[] visitTimes = new long[1024];
    private Seen[] visitors = new Seen[1024];
    private int first;
    private int count;

    /**
     * Complaints created before {@code decideFrom} (seconds, as stored) only inform later ones; their own
     * flags are not reported.
     */
    RepeatFlags(long windowSeconds, long decideFrom) {
        this.windowSeconds = windowSeconds;
        this.decideFrom = decideFrom;
    }

    /** Takes the next complaint (in time order) and adds it to {@code changes} when its stored flag is wrong. */
    void next(long createdAt, String subscriber, long row, boolean stored, List<Change> changes) {
        boolean repeat = flagOf(createdAt, subscriber);
        if (repeat != stored && createdAt >= decideFrom) {
            changes.add(new Change(row, repeat));
        }
    }

    /** Takes the next complaint (in time order; seconds as stored) and says whether it is a repeat. */
    boolean flagOf(long time, String subscriber) {
        forgetBefore(time - windowSeconds);
        Seen s = seen.get(subscriber);
        boolean repeat = false;
        if (s == null) {
            s = new Seen(subscriber, time);
            seen.put(subscriber, s);
        } else {
            long earlier = s.latest < time ? s.latest : s.beforeLatest;
            repeat = earlier != Long.MIN_VALUE && earlier >= time - windowSeconds;
            if (s.latest < time) {
                s.beforeLatest = s.latest;
                s.latest = time;
            }
        }
        addVisit(time, s);
        return repeat;
    }

    /** The complaints taken of the last window before the latest one taken, in time order, for the next import. */
    record Recent(long[] times, String[] subscribers, int count) {
    }

    Recent recent() {
        long[] times = new long[count];
        String[] subscribers = new String[count];
        for (int i = 0; i < count; i++) {
            int at = (first + i) % visitTimes.length;
            times[i] = visitTimes[at];
            subscribers[i] = visitors[at].subscriber;
        }
        return new Recent(times, subscribers, count);
    }

    /** Drops subscribers whose latest complaint is too old to make any later one a repeat. */
    private void forgetBefore(long oldestUseful) {
        while (count > 0 && visitTimes[first] < oldestUseful) {
            Seen s = visitors[first];
            visitors[first] = null;
            first = (first + 1) % visitTimes.length;
            count--;
            // the entry may have been dropped by an earlier visit of its subscriber, and the subscriber seen again since
            if (s.latest < oldestUseful && seen.get(s.subscriber) == s) {
                seen.remove(s.subscriber);
            }
        }
    }

    private void addVisit(long time, Seen visitor) {
        if (count == visitTimes.length) {
            long[] times = new long[count * 2];
            Seen[] seenBy = new Seen[count * 2];
            for (int i = 0; i < count; i++) {
                times[i] = visitTimes[(first + i) % count];
                seenBy[i] = visitors[(first + i) % count];
            }
            visitTimes = times;
            visitors = seenBy;
            first = 0;
        }
        int last = (first + count) % visitTimes.length;
        visitTimes[last] = time;
        visitors[last] = visitor;
        count++;
    }
}
