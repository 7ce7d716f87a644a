package org.rectify.analytics;

import java.time.LocalDate;
import org.rectify.domain.DateRange;
import org.rectify.domain.Period;

/**
 * The days the store holds complaints for: its first to its last complaint (DESIGN section 4). A
 * period with no day inside has no values at all — not zero — while a period inside it with no
 * complaint in a scope is a true zero.
 */
public record DataSpan(LocalDate first, LocalDate last) {

    /** True when at least one day of {@code period} lies in the span. */
    public boolean covers(Period period) {
        return covers(period.range());
    }

    public boolean covers(DateRange range) {
        return range.end().isAfter(first) && !range.start().isAfter(last);
    }

    /** {@code day}, moved inside the span when it lies before or after it. */
    public LocalDate clamp(LocalDate day) {
        return day.isBefore(first) ? first : day.isAfter(last) ? last : day;
    }

    /** Why a period outside the span has no value. */
    public Reason outsideReason() {
        return Reason.of(Reason.Kind.OUTSIDE_DATA, first, last);
    }
}
