package org.rectify.checklist.excel;

import org.rectify.checklist.ItemRow;
import org.rectify.checklist.Verification;
import org.rectify.domain.ChecklistItem;

/** The text a checklist item shows in each column of the workbook. */
final class ItemCells {

    private ItemCells() {
    }

    static String text(ItemRow row, SheetColumn column) {
        ChecklistItem i = row.item();
        return switch (column) {
            case ID -> Long.toString(i.id());
            case KIND -> switch (i.kind()) {
                case PROBLEM -> "问题";
                case TICKET -> "逐单分析";
                case MANUAL -> "会议新增";
            };
            case TITLE -> i.title();
            case CATEGORY -> i.category();
            case TICKET -> i.ticketId();
            case WEEK -> i.week().toString();
            case LEVEL -> row.level() == 0 ? "" : row.level() + "级督办";
            case EFFECT -> effect(row.verification());
            default -> editable(i, column);
        };
    }

    /** The value of an editable column, as the store holds it (status in Chinese). */
    static String editable(ChecklistItem i, SheetColumn column) {
        return switch (column) {
            case OWNER -> i.owner();
            case REVIEWER -> i.reviewer();
            case DUE -> i.due() == null ? null : i.due().toString();
            case STATUS -> i.status().chinese();
            case CAUSE -> i.cause();
            case ACTION -> i.action();
            case NOTES -> i.notes();
            case REASON -> i.cannotFixReason();
            default -> throw new IllegalArgumentException(column + " is not editable");
        };
    }

    private static String effect(Verification v) {
        String weeks = v.weeks().isEmpty() ? "" : "（目标≤" + v.target() + "；" + String.join("，",
                v.weeks().stream().map(w -> w.week() + ":" + w.count()).toList()) + "）";
        return switch (v.state()) {
            case NONE -> "";
            case PENDING -> "待观察" + weeks;
            case VERIFIED -> "已验证有效" + weeks;
            case REBOUND -> "反弹" + weeks;
            case NOT_MET -> "未达目标" + weeks;
            case FLAGGED -> "用户30天内再次投诉";
        };
    }
}
