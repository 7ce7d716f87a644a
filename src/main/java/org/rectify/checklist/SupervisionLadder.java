package org.rectify.checklist;

import java.time.LocalDate;
import org.rectify.domain.ChecklistItem;

/**
 * 三级督办: an item still to be done climbs supervision levels once its due date has passed. Level 1
 * begins the day after the due date; each next level begins when the schedule's number of whole
 * working days has elapsed since the due date (default 0, 2, 4: one more level every 2 working
 * days, up to 3). Computed from dates alone, so it is right whenever the app opens.
 */
public final class SupervisionLadder {

    /** How late an item is, the colour of a 问题整改清单销号表 row. */
    public enum Lateness { OVERDUE, DUE_SOON, ON_TIME, DONE }

    /** Working days before the due date that turn an item amber. */
    private static final int DUE_SOON_WORKDAYS = 2;

    private final WorkCalendar calendar;
    private final int[] schedule;

    public SupervisionLadder(WorkCalendar calendar, int[] schedule) {
        this.calendar = calendar;
        this.schedule = schedule.clone();
    }

    /** 0 when not overdue, else 1 … the schedule's length. */
    public int level(ChecklistItem item, LocalDate today) {
        if (!item.status().isPending() || item.due() == null || !today.isAfter(item.due())) {
            return 0;
        }
        // whole working days elapsed since the due date: those after it and before today
        int elapsed = calendar.workdaysBetween(item.due(), today);
        int level = 0;
        for (int threshold : schedule) {
            if (elapsed >= threshold) {
                level++;
            }
        }
        return Math.max(1, level);
    }

    public Lateness lateness(ChecklistItem item, LocalDate today) {
        if (!item.status().isPending()) {
            return Lateness.DONE;
        }
        if (item.due() == null) {
            return Lateness.ON_TIME;
        }
        if (today.isAfter(item.due())) {
            return Lateness.OVERDUE;
        }
        // due today, or within the next two working days
        return calendar.workdaysBetween(today, item.due()) < DUE_SOON_WORKDAYS ? Lateness.DUE_SOON : Lateness.ON_TIME;
    }
}
