package org.rectify.checklist;

import java.time.LocalDate;

/**
 * The day due dates and supervision levels are measured against: the system date, or in a demo
 * store the day after its data ends ({@code fromData}), so the demo's items are not years overdue.
 */
public record Today(LocalDate date, boolean fromData) {
}
