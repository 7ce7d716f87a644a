package org.rectify.sync;

import java.util.List;

/** Receives the raw rows of a source as they stream past, sheet by sheet. */
interface RowSink {

    /**
     * Said once, before the first sheet, by a workbook that counts its serial dates from 1904 (Excel for
     * the Mac's old default, an option on Windows): its number-formatted serials are 1,462 days off the
     * usual ones. Its date cells come as times already.
     */
    default void serialDatesFrom1904() {
    }

    void sheetStarted(String sheet);

    /** A row as the user numbers it (1-based, as a spreadsheet shows it). */
    void row(String sheet, long rowNumber, List<String> cells);

    void sheetEnded(String sheet);

    /** Asked between rows: true stops the reading early (cancel, or a fatal problem already found). */
    default boolean stopRequested() {
        return false;
    }

    /** Asked between rows: true passes over the rest of the current sheet (a preview has seen enough of it). */
    default boolean sheetSeenEnough() {
        return false;
    }
}
