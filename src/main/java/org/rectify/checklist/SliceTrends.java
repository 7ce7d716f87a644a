package org.rectify.checklist;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rectify.domain.ChecklistItem;
import org.rectify.domain.DateRange;
import org.rectify.domain.Grain;
import org.rectify.domain.Period;
import org.rectify.store.ChecklistData;

/** A problem item's slice week by week around it, and the weeks it was raised, done and verified in. */
final class SliceTrends {

    /** Weeks of trend shown before an item was raised. */
    private static final int WEEKS_BEFORE = 8;
    /** At most this many weeks of trend in all. */
    private static final int WEEKS = 26;

    private final ChecklistData data;
    private final ChecklistSettings settings;

    SliceTrends(ChecklistData data, ChecklistSettings settings) {
        this.data = data;
        this.settings = settings;
    }

    SliceTrend around(ChecklistItem item, Optional<LocalDate> lastDataDay) {
        Period first = item.week();
        for (int i = 0; i < WEEKS_BEFORE; i++) {
            first = first.previous();
        }
        List<Period> weeks = new ArrayList<>();
        for (Period w = first; weeks.size() < WEEKS && lastDataDay.isPresent() && !w.lastDay().isAfter(lastDataDay.get());
             w = w.next()) {
            weeks.add(w);
        }
        List<Verification.WeekCount> counts = new ArrayList<>();
        if (!weeks.isEmpty()) {
            Map<LocalDate, Long> days = data.sliceDays(new DateRange(first.start(), weeks.get(weeks.size() - 1).end()),
                    item.district(), item.category(), item.problem());
            for (Period w : weeks) {
                long n = days.entrySet().stream().filter(e -> w.contains(e.getKey())).mapToLong(Map.Entry::getValue).sum();
                counts.add(new Verification.WeekCount(w, n));
            }
        }
        Verification v = new EffectVerifier(data, settings).verify(item, lastDataDay);
        Period verified = v.state() == Verification.State.VERIFIED || v.state() == Verification.State.REBOUND
                ? v.weeks().get(settings.verifyWeeks() - 1).week() : null;
        Period done = item.doneOn() == null ? null : Period.of(Grain.WEEK, item.doneOn());
        return new SliceTrend(counts, item.target(), item.week(), done, verified);
    }
}
