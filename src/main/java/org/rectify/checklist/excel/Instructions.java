package org.rectify.checklist.excel;

import java.time.LocalDateTime;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.rectify.checklist.WeekChecklist;

/** The instructions sheet: how a district fills in its checklist, in Chinese. */
final class Instructions {

    private static final String[] LINES = {
        "周整改清单填写说明",
        "",
        "1. 每个区分公司一张工作表，只填写黄色表头的列：责任人、复核人、完成时限、状态、原因、整改措施、备注、无法整改原因。",
        "2. “编号”等灰色表头的列已锁定，请勿修改、删除或调整行的顺序；不要新增行（新事项请在周例会上提出）。",
        "3. 状态从下拉列表选择：未启动 → 整改中 → 待验证 → 已销号（仅复核人可销号）；无法整改须填写“无法整改原因”。",
        "4. 逐单分析事项在改为“待验证”前须填写原因（下拉选择）和整改措施。",
        "5. 完成时限填写日期，例如 2014-04-18。",
        "6. 填好后原文件发回，由系统导入合并；与系统中同时被修改的字段会列为冲突，由管理员确认，不会被静默覆盖。",
        "7. 工作表保护仅为防止误改，如确需取消保护，密码为 " + ChecklistWorkbookWriter.PROTECTION + "。",
    };

    private Instructions() {
    }

    static void write(XSSFSheet sheet, WeekChecklist checklist, LocalDateTime exportedAt, CellStyle bold) {
        int r = 0;
        for (String line : LINES) {
            var cell = sheet.createRow(r++).createCell(0);
            cell.setCellValue(line);
            if (r == 1) {
                cell.setCellStyle(bold);
            }
        }
        sheet.createRow(r++);
        sheet.createRow(r++).createCell(0).setCellValue("清单周次：" + checklist.week() + "（"
                + checklist.week().start() + " 至 " + checklist.week().lastDay() + "）");
        sheet.createRow(r).createCell(0).setCellValue("导出时间：" + exportedAt.toString().replace('T', ' '));
        sheet.setColumnWidth(0, 120 * 256);
    }
}
