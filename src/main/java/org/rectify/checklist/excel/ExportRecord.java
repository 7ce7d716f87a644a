package org.rectify.checklist.excel;

/** The name of the hidden sheet that remembers what was exported, so an import knows what a district changed. */
final class ExportRecord {

    static final String SHEET = "导出记录";
    static final String INSTRUCTIONS = "填写说明";

    private ExportRecord() {
    }
}
