package org.rectify.checklist;

import java.util.List;
import org.rectify.domain.Period;

/**
 * A problem item's slice, week by week, around the item: from some weeks before it was raised to
 * the last full week of data, with its target and the weeks it was raised, done and verified in
 * (null when not yet).
 */
public record SliceTrend(List<Verification.WeekCount> weeks, Integer target, Period raised, Period done, Period verified) {

    public SliceTrend {
        weeks = List.copyOf(weeks);
    }
}
