package org.rectify.checklist;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.rectify.domain.ChecklistItem;
import org.rectify.domain.DateRange;
import org.rectify.domain.Grain;
import org.rectify.domain.Period;
import org.rectify.domain.Scope;
import org.rectify.store.ChecklistInterventions;

/**
 * The interventions a trend shows: per period, the problem items of its district and category raised
 * (in their week, dated by its Monday) and done (the day they last reached 待验证). A channel does not
 * narrow them: an item acts on a district's problem whatever the channel. Ticket and manual items are
 * not counted: they follow single tickets or the meeting, not a line of the chart.
 */
final class Interventions {

    private final ChecklistInterventions items;

    Interventions(ChecklistInterventions items) {
        this.items = items;
    }

    List<InterventionMark> marks(Scope scope, Grain grain, DateRange range) {
        return marksOf(items.problemsActedOn(scope.district(), scope.category(), range), grain, range);
    }

    /** The periods of {@code grain} with something raised or done in {@code range}, in time order. */
    static List<InterventionMark> marksOf(List<ChecklistItem> problems, Grain grain, DateRange range) {
        Map<LocalDate, int[]> byPeriod = new TreeMap<>();
        for (ChecklistItem item : problems) {
            count(byPeriod, grain, range, item.week().start(), 0);
            count(byPeriod, grain, range, item.doneOn(), 1);
        }
        List<InterventionMark> marks = new ArrayList<>();
        byPeriod.forEach((start, n) -> marks.add(new InterventionMark(Period.of(grain, start), n[0], n[1])));
        return marks;
    }

    private static void count(Map<LocalDate, int[]> byPeriod, Grain grain, DateRange range, LocalDate day, int which) {
        if (day != null && range.contains(day)) {
            byPeriod.computeIfAbsent(Period.of(grain, day).start(), d -> new int[2])[which]++;
        }
    }
}
