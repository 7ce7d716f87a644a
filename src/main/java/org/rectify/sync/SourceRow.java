package org.rectify.sync;

import java.util.List;

/** One data row of an export, numbered as the user sees it in the file (the header row is 1). */
public record SourceRow(String sheet, long rowNumber, List<String> cells) {

    public String cell(int index) {
        return index >= 0 && index < cells.size() ? cells.get(index) : null;
    }
}
