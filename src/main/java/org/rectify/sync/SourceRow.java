package org.rectify.sync;

import java.util.List;

/** One row of an export, numbered as the user sees it in the file (a spreadsheet's row number). */
public record SourceRow(String sheet, long rowNumber, List<String> cells) {

    public String cell(int index) {
        return index >= 0 && index < cells.size() ? cells.get(index) : null;
    }

    boolean blank() {
        for (String cell : cells) {
            if (cell != null && !cell.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
