package org.rectify.checklist.excel;

import java.util.List;
import java.util.Map;

/**
 * What a filled-in checklist workbook says: each item row's editable values (as text, blank as
 * null), the values as they were exported, and the rows that could not be read.
 */
record WorkbookAnswers(String week, List<Answer> answers, Map<Long, Map<SheetColumn, String>> exported,
                       List<ChecklistImport.Rejected> unreadable) {

    /** One item row of a district sheet; {@code row} is the row number Excel shows. */
    record Answer(String sheet, int row, long id, Map<SheetColumn, String> values) {
    }
}
