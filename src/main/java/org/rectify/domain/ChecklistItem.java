package org.rectify.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One item of a district's weekly checklist as stored. {@code week} is the ISO week it was generated
 * or added in; it stays in later weeks' lists (carry-over) until it is closed. {@code baseline}
 * and {@code target} are weekly complaint counts of the item's slice (problem items only).
 */
public record ChecklistItem(
        long id,
        Period week,
        String district,
        ItemKind kind,
        String rules,
        String title,
        String category,
        String problem,
        String ticketId,
        String subscriber,
        Integer baseline,
        Integer target,
        String owner,
        String reviewer,
        LocalDate due,
        ItemStatus status,
        String cause,
        String action,
        String notes,
        String cannotFixReason,
        LocalDate doneOn,
        LocalDate closedOn) {

    public ChecklistItem {
        Objects.requireNonNull(week, "week");
        Objects.requireNonNull(district, "district");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(status, "status");
    }

    /** A new item, not yet stored, as the rules or a person propose it. */
    public static ChecklistItem proposed(Period week, String district, ItemKind kind, String rules, String title,
                                         String category, String problem, String ticketId, String subscriber,
                                         Integer baseline, Integer target, LocalDate due) {
        return new ChecklistItem(0, week, district, kind, rules, title, category, problem, ticketId, subscriber,
                baseline, target, null, null, due, ItemStatus.OPEN, null, null, null, null, null, null);
    }

    /** Whether it is listed in {@code listed}'s checklist: added then or earlier, and not closed before it began. */
    public boolean isListedIn(Period listed) {
        return week.start().compareTo(listed.start()) <= 0
                && (closedOn == null || !closedOn.isBefore(listed.start()));
    }

    /** Whole weeks between the week it was added and {@code listed}: 0 in its own week. */
    public int ageInWeeks(Period listed) {
        return (int) java.time.temporal.ChronoUnit.WEEKS.between(week.start(), listed.start());
    }
}
