package org.rectify.analytics;

import java.time.LocalDate;
import java.util.Optional;
import org.rectify.domain.DateRange;
import org.rectify.domain.Period;

/**
 * The days a period's figures count and the days of its comparison period they are set against
 * (DESIGN section 4). A period that ends after the scope's as-of date (its last complaint) is partial:
 * both sides count the same elapsed days — none when the scope's data end before the period starts, so
 * that a district whose export is late shows no fall to zero against a whole week a year earlier. A
 * period with no day inside the store's data has no values at all; its comparison is then counted whole.
 */
record CountedDays(DateRange current, DateRange previous, boolean partial) {

    static CountedDays of(Period period, Period comparison, Optional<LocalDate> asOf, Optional<DataSpan> span) {
        boolean insideData = span.isPresent() && span.get().covers(period);
        if (asOf.isEmpty() || !insideData || !period.isPartialAsOf(asOf.get())) {
            return new CountedDays(period.range(), comparison.range(), false);
        }
        return new CountedDays(period.elapsedAsOf(asOf.get()), period.sameSliceIn(comparison, asOf.get()), true);
    }
}
