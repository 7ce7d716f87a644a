package org.rectify.checklist;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.rectify.domain.Period;

/**
 * Whether a done item worked, judged from the tickets, with the numbers it was judged on: for a
 * problem item its slice's weekly counts after the week it was done, for a ticket item the
 * subscriber's later complaints.
 */
public record Verification(State state, Integer target, List<WeekCount> weeks, List<LocalDateTime> laterComplaints) {

    public enum State {
        /** Not done yet, or nothing to judge (a manual item, a ticket without subscriber). */
        NONE,
        /** Done, but the weeks (or days) to judge it are not all in the data yet. */
        PENDING,
        /** At or below target for the verification weeks and since; a ticket: no complaint again. */
        VERIFIED,
        /** Verified, then a later week went back above the target. */
        REBOUND,
        /** A verification week was above the target. */
        NOT_MET,
        /** A ticket item whose subscriber complained again within the window. */
        FLAGGED;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** A full ISO week's complaints of the slice. */
    public record WeekCount(Period week, long count) {
    }

    public static final Verification NONE = new Verification(State.NONE, null, List.of(), List.of());

    public Verification {
        weeks = List.copyOf(weeks);
        laterComplaints = List.copyOf(laterComplaints);
    }
}
