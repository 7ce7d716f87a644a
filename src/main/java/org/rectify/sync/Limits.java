package org.rectify.sync;

import java.util.List;
import org.rectify.domain.ImportNote;

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
            String columns = String.format("%,d", cells.size());
            String most = String.format("%,d", MAX_COLUMNS);
            throw new FileRefusedException(sheet == null
                    ? ImportNote.TOO_MANY_COLUMNS.text(fileName, rowNumber, columns, most)
                    : ImportNote.TOO_MANY_COLUMNS_IN_SHEET.text(fileName, sheet, rowNumber, columns, most));
        }
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            if (cell != null && cell.length() > MAX_CELL_CHARS) {
                String length = String.format("%,d", cell.length());
                String most = String.format("%,d", MAX_CELL_CHARS);
                throw new FileRefusedException(sheet == null
                        ? ImportNote.CELL_TOO_LONG.text(fileName, rowNumber, i + 1, length, most)
                        : ImportNote.CELL_TOO_LONG_IN_SHEET.text(fileName, sheet, rowNumber, i + 1, length, most));
            }
        }
    }
}
