package org.rectify.domain;

import java.util.List;

/** Where a ticket was read: the sheet (null for CSV), the row as the user sees it, and the row's cells. */
public record RowOrigin(String sheet, long rowNumber, List<String> cells) {

    /** "sheet 龙华, row 12" or "row 12". */
    public String describe() {
        return (sheet == null ? "" : "sheet " + sheet + ", ") + "row " + rowNumber;
    }
}
