package org.rectify.sync.demo;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;

/**
 * Deals first-contact flags so that, among complaints closed in a month with the flag known,
 * exactly floor(n × rate) are resolved at first contact, whatever order they arrive in.
 */
final class FirstContactDealer {

    private final Map<YearMonth, long[]> dealt = new HashMap<>(); // month → {known, resolved}

    boolean deal(LocalDateTime closed) {
        YearMonth month = YearMonth.from(closed);
        long[] counts = dealt.computeIfAbsent(month, m -> new long[2]);
        double rate = DemoPlan.firstContactRate((int) DemoPlan.FIRST_MONTH.until(month, java.time.temporal.ChronoUnit.MONTHS));
        counts[0]++;
        boolean resolved = Math.floor(counts[0] * rate) > counts[1];
        if (resolved) {
            counts[1]++;
        }
        return resolved;
    }
}
