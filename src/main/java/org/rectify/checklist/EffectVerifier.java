package org.rectify.checklist;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rectify.domain.ChecklistItem;
import org.rectify.domain.DateRange;
import org.rectify.domain.Grain;
import org.rectify.domain.ItemKind;
import org.rectify.domain.ItemStatus;
import org.rectify.domain.Period;
import org.rectify.store.ChecklistData;

/**
 * Effect verification (DESIGN 5), computed from the tickets each time it is asked, so an import
 * changes it at once. A problem item in 待验证 or 已销号 is judged on the full weeks after the week it
 * was done: verified when the first N stay at or below target, a rebound when a later one goes
 * back above, not met when one of the first N is above. A ticket item is verified when its
 * subscriber has not complained again within the window days after the action date.
 */
public final class EffectVerifier {

    private final ChecklistData data;
    private final ChecklistSettings settings;

    public EffectVerifier(ChecklistData data, ChecklistSettings settings) {
        this.data = data;
        this.settings = settings;
    }

    /** @param dataLastDay the last day the store holds complaints for (empty: no data at all) */
    public Verification verify(ChecklistItem item, Optional<LocalDate> dataLastDay) {
        boolean done = item.status() == ItemStatus.AWAITING_VERIFICATION || item.status() == ItemStatus.SIGNED_OFF;
        if (!done || item.doneOn() == null || dataLastDay.isEmpty()) {
            return Verification.NONE;
        }
        if (item.kind() == ItemKind.PROBLEM && item.target() != null) {
            return problem(item, dataLastDay.get());
        }
        if (item.kind() == ItemKind.TICKET && item.subscriber() != null && !item.subscriber().isBlank()) {
            return ticket(item, dataLastDay.get());
        }
        return Verification.NONE;
    }

    private Verification problem(ChecklistItem item, LocalDate lastDay) {
        Period first = Period.of(Grain.WEEK, item.doneOn()).next();
        List<Period> weeks = new ArrayList<>();
        for (Period w = first; weeks.size() < settings.watchWeeks() && !w.lastDay().isAfter(lastDay); w = w.next()) {
            weeks.add(w);
        }
        if (weeks.isEmpty()) {
            return new Verification(Verification.State.PENDING, item.target(), List.of(), List.of());
        }
        DateRange span = new DateRange(first.start(), weeks.get(weeks.size() - 1).end());
        Map<LocalDate, Long> days = data.sliceDays(span, item.district(), item.category(), item.problem());
        List<Verification.WeekCount> counts = new ArrayList<>();
        for (Period w : weeks) {
            long n = days.entrySet().stream().filter(e -> w.contains(e.getKey())).mapToLong(Map.Entry::getValue).sum();
            counts.add(new Verification.WeekCount(w, n));
        }
        return new Verification(problemState(counts, item.target()), item.target(), counts, List.of());
    }

    private Verification.State problemState(List<Verification.WeekCount> counts, int target) {
        int judged = Math.min(settings.verifyWeeks(), counts.size());
        for (int i = 0; i < judged; i++) {
            if (counts.get(i).count() > target) {
                return Verification.State.NOT_MET;
            }
        }
        if (counts.size() < settings.verifyWeeks()) {
            return Verification.State.PENDING;
        }
        for (int i = settings.verifyWeeks(); i < counts.size(); i++) {
            if (counts.get(i).count() > target) {
                return Verification.State.REBOUND;
            }
        }
        return Verification.State.VERIFIED;
    }

    private Verification ticket(ChecklistItem item, LocalDate lastDay) {
        // the window days after the action date: from the next midnight for window days
        LocalDateTime from = item.doneOn().plusDays(1).atStartOfDay();
        LocalDateTime until = from.plusDays(settings.repeatWindowDays());
        List<LocalDateTime> later = data.laterComplaints(item.subscriber(), item.ticketId(), from, until);
        if (!later.isEmpty()) {
            return new Verification(Verification.State.FLAGGED, null, List.of(), later);
        }
        boolean windowInData = !until.toLocalDate().minusDays(1).isAfter(lastDay);
        return new Verification(windowInData ? Verification.State.VERIFIED : Verification.State.PENDING, null,
                List.of(), List.of());
    }
}
