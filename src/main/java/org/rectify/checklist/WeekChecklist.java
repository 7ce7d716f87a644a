package org.rectify.checklist;

import java.util.List;
import org.rectify.domain.ItemStatus;
import org.rectify.domain.Period;

/** One district's (or every district's, when null) checklist of a week, its own items and the carried-over ones. */
public record WeekChecklist(Period week, String district, Today today, List<ItemRow> rows) {

    public WeekChecklist {
        rows = List.copyOf(rows);
    }

    public long signedOff() {
        return rows.stream().filter(r -> r.item().status() == ItemStatus.SIGNED_OFF).count();
    }
}
