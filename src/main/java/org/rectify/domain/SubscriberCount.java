package org.rectify.domain;

import java.time.YearMonth;
import java.util.Objects;

/** 用户数: the subscribers of a district in a month, the denominator of the per-1,000 rate. */
public record SubscriberCount(YearMonth month, String district, long subscribers) {

    public SubscriberCount {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(district, "district");
        if (subscribers < 0) {
            throw new IllegalArgumentException("negative subscriber count for " + district + " " + month);
        }
    }
}
