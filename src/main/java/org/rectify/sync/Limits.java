package org.rectify.sync;

import java.util.List;

/** Bounds that keep a hostile or broken file from exhausting the machine; a breach refuses the file. */
final class Limits {

    /** Excel's own limit for a cell; a longer cell is no ticket field. */
    static final int MAX_CELL_CHARS = 32_767;
    static final int MAX_COLUMNS = 1_000;
    /** Smallest compressed/uncompressed ratio accepted inside an XLSX (POI's zip-bomb guard). */
    static final double MIN_INFLATE_RATIO = 0.005;

    private Limits() {
    }

    static void check(String fileName, String sheet, long rowNumber, List<String> cells) {
        if (cells.size() > MAX_COLUMNS) {
            throw new FileRefusedException(Where.of(fileName, sheet, rowNumber) + ": " + String.format("%,d", cells.size())
                    + " columns, more than the " + String.format("%,d", MAX_COLUMNS) + " a ticket export can have");
        }
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            if (cell != null && cell.length() > MAX_CELL_CHARS) {
                throw new FileRefusedException(Where.of(fileName, sheet, rowNumber) + ", column " + (i + 1) + ": a cell of "
                        + String.format("%,d", cell.length()) + " characters, more than Excel's limit of "
                        + String.format("%,d", MAX_CELL_CHARS) + ". The file is refused; nothing was imported.");
            }
        }
    }
}
