package org.rectify.store;

import java.time.LocalDate;
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

    /** A contact whose flag differs from the stored one. */
    record Change(String createdAt, String subscriber, String ticketId, boolean repeat) {
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
    private final String decideFrom;
    private final Map<String, Seen> seen = new HashMap<>();
    private final ArrayDeque<Visit> visits = new ArrayDeque<>();

    /** Contacts before {@code decideFrom} only inform later ones; their own flags are not reported. */
    RepeatFlags(long windowSeconds, String decideFrom) {
        this.windowSeconds = windowSeconds;
        this.decideFrom = decideFrom;
    }

    /** Takes the next contact (in created_at order) and adds it to {@code changes} when its stored flag is wrong. */
    void next(String createdAt, String subscriber, String ticketId, boolean stored, List<Change> changes) {
        boolean repeat = flagOf(createdAt, subscriber);
        if (repeat != stored && createdAt.compareTo(decideFrom) >= 0) {
            changes.add(new Change(createdAt, subscriber, ticketId, repeat));
        }
    }

    /** Takes the next contact (in created_at order) and says whether it is a repeat. */
    boolean flagOf(String createdAt, String subscriber) {
        long time = epochSecond(createdAt);
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

    /** Seconds of a stored yyyy-MM-dd HH:mm:ss time, read digit by digit (a formatter is the slow part of the pass). */
    static long epochSecond(String t) {
        long days = LocalDate.of(digits(t, 0, 4), digits(t, 5, 2), digits(t, 8, 2)).toEpochDay();
        return days * 86_400 + digits(t, 11, 2) * 3600L + digits(t, 14, 2) * 60L + digits(t, 17, 2);
    }

    private static int digits(String s, int from, int count) {
        int v = 0;
        for (int i = from; i < from + count; i++) {
            v = v * 10 + (s.charAt(i) - '0');
        }
        return v;
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
