package org.rectify.analytics;

import java.time.LocalDate;
import java.util.Optional;
import org.rectify.domain.Scope;
import org.rectify.store.RollupQueries;

/** Reads the store's data span (first … last complaint over all districts) from the roll-ups. */
final class DataSpans {

    private DataSpans() {
    }

    static Optional<DataSpan> of(RollupQueries rollups) {
        Optional<LocalDate> last = rollups.asOf(Scope.ALL);
        Optional<LocalDate> first = rollups.firstDay(Scope.ALL);
        return first.isPresent() && last.isPresent() ? Optional.of(new DataSpan(first.get(), last.get())) : Optional.empty();
    }
}
