package org.rectify.domain;

import java.time.LocalDate;

/** A day that differs from the Monday-to-Friday rule: a public holiday, or a make-up working day (调休). */
public record CalendarDay(LocalDate day, boolean workday, String name) {
}
