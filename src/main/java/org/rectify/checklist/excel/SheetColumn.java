package org.rectify.checklist.excel;

import java.util.Arrays;
import java.util.List;

/** The columns of a district's sheet in the checklist workbook; districts fill in the editable ones. */
enum SheetColumn {
    ID("编号", false, 8),
    KIND("类型", false, 8),
    TITLE("事项", false, 36),
    CATEGORY("投诉大类", false, 12),
    TICKET("工单号", false, 16),
    WEEK("提出周", false, 11),
    OWNER("责任人", true, 12),
    REVIEWER("复核人", true, 12),
    DUE("完成时限", true, 13),
    STATUS("状态", true, 11),
    CAUSE("原因", true, 12),
    ACTION("整改措施", true, 30),
    NOTES("备注", true, 24),
    REASON("无法整改原因", true, 20),
    LEVEL("督办级别", false, 10),
    EFFECT("效果验证", false, 28);

    final String title;
    final boolean editable;
    final int widthChars;

    SheetColumn(String title, boolean editable, int widthChars) {
        this.title = title;
        this.editable = editable;
        this.widthChars = widthChars;
    }

    int index() {
        return ordinal();
    }

    /** The column's letter in Excel's A1 notation (the sheet has fewer than 27 columns). */
    String letter() {
        return String.valueOf((char) ('A' + ordinal()));
    }

    static List<SheetColumn> editableColumns() {
        return Arrays.stream(values()).filter(c -> c.editable).toList();
    }
}
