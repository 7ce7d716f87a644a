package org.rectify.checklist;

import java.util.Arrays;
import org.rectify.store.Settings;

/**
 * The rules' parameters (DESIGN 5), kept as settings in the store: TOP-N, the week-on-week rise
 * that makes a problem an item, the target reduction, how many weeks verify an effect, the
 * supervision ladder's schedule, and who is editing.
 *
 * @param ladder working days elapsed after the due date at which levels 1, 2, 3 … begin
 */
public record ChecklistSettings(int topN, int risePercent, int riseMinTickets, int targetReductionPercent,
                                int verifyWeeks, int watchWeeks, int repeatWindowDays, int[] ladder) {

    public static final String USER_NAME = "checklist.user_name";

    public ChecklistSettings {
        if (ladder.length == 0) {
            throw new IllegalArgumentException("the supervision schedule needs at least one level");
        }
        for (int i = 1; i < ladder.length; i++) {
            if (ladder[i] < ladder[i - 1]) {
                throw new IllegalArgumentException("the supervision schedule must rise: " + Arrays.toString(ladder));
            }
        }
    }

    public static ChecklistSettings defaults() {
        return new ChecklistSettings(5, 30, 10, 10, 2, 8, 30, new int[] {0, 2, 4});
    }

    public static ChecklistSettings read(Settings settings) {
        ChecklistSettings d = defaults();
        return new ChecklistSettings(
                number(settings, "checklist.top_n", d.topN),
                number(settings, "checklist.rise_percent", d.risePercent),
                number(settings, "checklist.rise_min_tickets", d.riseMinTickets),
                number(settings, "checklist.target_reduction_percent", d.targetReductionPercent),
                number(settings, "checklist.verify_weeks", d.verifyWeeks),
                number(settings, "checklist.watch_weeks", d.watchWeeks),
                number(settings, "repeat.window_days", d.repeatWindowDays),
                settings.get("supervision.schedule").map(ChecklistSettings::schedule).orElse(d.ladder));
    }

    /** Parses "0,2,4". */
    static int[] schedule(String text) {
        return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .mapToInt(Integer::parseInt).toArray();
    }

    /** The target of a slice whose baseline week had {@code baseline} complaints: at most this many a week. */
    public int targetFor(int baseline) {
        // integer arithmetic: 45 less 10 % is 40.5, and a weekly count meets it when it is 40 or less
        return (int) Math.floorDiv((long) baseline * (100 - targetReductionPercent), 100L);
    }

    private static int number(Settings settings, String key, int fallback) {
        return settings.get(key).map(String::strip).map(Integer::parseInt).orElse(fallback);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ChecklistSettings s && topN == s.topN && risePercent == s.risePercent
                && riseMinTickets == s.riseMinTickets && targetReductionPercent == s.targetReductionPercent
                && verifyWeeks == s.verifyWeeks && watchWeeks == s.watchWeeks && repeatWindowDays == s.repeatWindowDays
                && Arrays.equals(ladder, s.ladder);
    }

    @Override
    public int hashCode() {
        return 31 * java.util.Objects.hash(topN, risePercent, riseMinTickets, targetReductionPercent, verifyWeeks,
                watchWeeks, repeatWindowDays) + Arrays.hashCode(ladder);
    }

    @Override
    public String toString() {
        return "ChecklistSettings[topN=" + topN + ", rise=" + risePercent + "% and " + riseMinTickets + ", target -"
                + targetReductionPercent + "%, verify " + verifyWeeks + " weeks, ladder " + Arrays.toString(ladder) + "]";
    }
}
