package org.rectify.checklist;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
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
 * subscriber has not complained again within the window days after the action date. A week's
 * items are judged together: one read of the roll-up and one of the contacts.
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
        return verifyAll(List.of(item), dataLastDay).get(item.id());
    }

    /** Every item's verification, by id. */
    public Map<Long, Verification> verifyAll(Collection<ChecklistItem> items, Optional<LocalDate> dataLastDay) {
        Map<Long, Verification> result = new HashMap<>();
        List<ChecklistItem> problems = new ArrayList<>();
        List<ChecklistItem> tickets = new ArrayList<>();
        for (ChecklistItem item : items) {
            result.put(item.id(), Verification.NONE);
            boolean done = item.status() == ItemStatus.AWAITING_VERIFICATION || item.status() == ItemStatus.SIGNED_OFF;
            if (!done || item.doneOn() == null || dataLastDay.isEmpty()) {
                continue;
            }
            if (item.kind() == ItemKind.PROBLEM && item.target() != null) {
                problems.add(item);
            } else if (item.kind() == ItemKind.TICKET && item.subscriber() != null && !item.subscriber().isBlank()) {
                tickets.add(item);
            }
        }
        if (!problems.isEmpty()) {
            verifyProblems(problems, dataLastDay.get(), result);
        }
        if (!tickets.isEmpty()) {
            verifyTickets(tickets, dataLastDay.get(), result);
        }
        return result;
    }

    private void verifyProblems(List<ChecklistItem> items, LocalDate lastDay, Map<Long, Verification> result) {
        Map<Long, List<Period>> weeksOf = new HashMap<>();
        LocalDate from = null;
        LocalDate to = null;
        for (ChecklistItem item : items) {
            List<Period> weeks = new ArrayList<>();
            for (Period w = Period.of(Grain.WEEK, item.doneOn()).next();
                 weeks.size() < settings.watchWeeks() && !w.lastDay().isAfter(lastDay); w = w.next()) {
                weeks.add(w);
            }
            weeksOf.put(item.id(), weeks);
            if (!weeks.isEmpty()) {
                from = from == null || weeks.get(0).start().isBefore(from) ? weeks.get(0).start() : from;
                LocalDate end = weeks.get(weeks.size() - 1).end();
                to = to == null || end.isAfter(to) ? end : to;
            }
        }
        Map<String, Map<LocalDate, Long>> days = new HashMap<>();
        if (from != null) {
            for (ChecklistData.SliceDay d : data.doneSliceDays(new DateRange(from, to))) {
                days.computeIfAbsent(key(d.district(), d.category(), d.problem()), k -> new HashMap<>()).put(d.day(), d.complaints());
            }
        }
        for (ChecklistItem item : items) {
            Map<LocalDate, Long> slice = days.getOrDefault(key(item.district(), item.category(), item.problem()), Map.of());
            List<Verification.WeekCount> counts = new ArrayList<>();
            for (Period w : weeksOf.get(item.id())) {
                long n = 0;
                for (LocalDate d = w.start(); d.isBefore(w.end()); d = d.plusDays(1)) {
                    n += slice.getOrDefault(d, 0L);
                }
                counts.add(new Verification.WeekCount(w, n));
            }
            Verification.State state = counts.isEmpty() ? Verification.State.PENDING : problemState(counts, item.target());
            result.put(item.id(), new Verification(state, item.target(), counts, List.of()));
        }
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

    private void verifyTickets(List<ChecklistItem> items, LocalDate lastDay, Map<Long, Verification> result) {
        // the window days after the action date: from the next midnight, for window days
        LocalDateTime from = null;
        LocalDateTime to = null;
        for (ChecklistItem item : items) {
            LocalDateTime start = item.doneOn().plusDays(1).atStartOfDay();
            from = from == null || start.isBefore(from) ? start : from;
            LocalDateTime end = start.plusDays(settings.repeatWindowDays());
            to = to == null || end.isAfter(to) ? end : to;
        }
        Map<String, List<ChecklistData.Contact>> bySubscriber = new HashMap<>();
        for (ChecklistData.Contact c : data.doneTicketContacts(from, to)) {
            bySubscriber.computeIfAbsent(c.subscriber(), k -> new ArrayList<>()).add(c);
        }
        for (ChecklistItem item : items) {
            LocalDateTime start = item.doneOn().plusDays(1).atStartOfDay();
            LocalDateTime until = start.plusDays(settings.repeatWindowDays());
            List<LocalDateTime> later = bySubscriber.getOrDefault(item.subscriber(), List.of()).stream()
                    .filter(c -> !c.createdAt().isBefore(start) && c.createdAt().isBefore(until)
                            && !c.createdAt().toLocalDate().isAfter(lastDay)
                            && !c.ticketId().equals(item.ticketId()))
                    .map(ChecklistData.Contact::createdAt).toList();
            Verification.State state = !later.isEmpty() ? Verification.State.FLAGGED
                    : until.toLocalDate().minusDays(1).isAfter(lastDay) ? Verification.State.PENDING
                    : Verification.State.VERIFIED;
            result.put(item.id(), new Verification(state, null, List.of(), later));
        }
    }

    private static String key(String district, String category, String problem) {
        return district + '\u0000' + (category == null ? "" : category) + '\u0000' + (problem == null ? "" : problem);
    }
}
