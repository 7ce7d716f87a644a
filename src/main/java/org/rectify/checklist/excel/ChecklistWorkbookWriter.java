package org.rectify.checklist.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.rectify.checklist.ItemRow;
import org.rectify.checklist.WeekChecklist;
import org.rectify.domain.ItemStatus;

/**
 * Writes a week's checklist for the districts to fill in: an instructions sheet, one sheet per
 * district (the id and the facts locked, drop-downs for status and cause), and a very hidden sheet
 * with the values as exported. Every value is a text cell — never a formula — and text starting
 * with = + - @ is marked as text for Excel too.
 */
public final class ChecklistWorkbookWriter {

    /** Sheet protection keeps ids and facts from being typed over; it is no secret. */
    static final String PROTECTION = "rectify";
    private static final int MAX_ROWS = 5000;

    private final List<String> causes;

    public ChecklistWorkbookWriter(List<String> causes) {
        this.causes = List.copyOf(causes);
    }

    /** Writes the file through a temporary file beside it, so that a failure leaves no half-written workbook. */
    public void write(WeekChecklist checklist, List<String> districtOrder, LocalDateTime exportedAt, Path file) throws IOException {
        Map<String, List<ItemRow>> byDistrict = new LinkedHashMap<>();
        districtOrder.forEach(d -> byDistrict.put(d, new java.util.ArrayList<>()));
        checklist.rows().forEach(r -> byDistrict.computeIfAbsent(r.item().district(), d -> new java.util.ArrayList<>()).add(r));
        byDistrict.values().removeIf(List::isEmpty);
        if (checklist.district() != null) {
            byDistrict.keySet().removeIf(d -> !d.equals(checklist.district()));
            byDistrict.putIfAbsent(checklist.district(), List.of());
        }
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        // a sibling with the usual permissions (a temporary file would be private to its owner)
        Path temp = parent.resolve("." + file.getFileName() + ".part");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Styles styles = new Styles(wb);
            Instructions.write(wb.createSheet(ExportRecord.INSTRUCTIONS), checklist, exportedAt, styles.bold);
            XSSFSheet record = wb.createSheet(ExportRecord.SHEET);
            writeRecordHeader(record, checklist, exportedAt);
            byDistrict.forEach((district, rows) -> writeDistrict(wb, styles, district, rows, record));
            wb.setSheetVisibility(wb.getSheetIndex(record), SheetVisibility.VERY_HIDDEN);
            wb.setActiveSheet(byDistrict.isEmpty() ? 0 : 2);
            try (OutputStream out = Files.newOutputStream(temp)) {
                wb.write(out);
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private void writeDistrict(XSSFWorkbook wb, Styles styles, String district, List<ItemRow> rows, XSSFSheet record) {
        XSSFSheet sheet = wb.createSheet(WorkbookUtil.createSafeSheetName(district));
        Row header = sheet.createRow(0);
        for (SheetColumn c : SheetColumn.values()) {
            XSSFCell cell = (XSSFCell) header.createCell(c.index());
            cell.setCellValue(c.title);
            cell.setCellStyle(c.editable ? styles.editableHeader : styles.header);
            sheet.setColumnWidth(c.index(), c.widthChars * 256 + 512);
        }
        int r = 1;
        for (ItemRow row : rows) {
            Row line = sheet.createRow(r++);
            for (SheetColumn c : SheetColumn.values()) {
                text(line.createCell(c.index()), ItemCells.text(row, c), c.editable ? styles.editable : styles.locked,
                        c.editable ? styles.editableText : styles.lockedText);
            }
            Row kept = record.createRow(record.getLastRowNum() + 1);
            kept.createCell(0).setCellValue(row.item().id());
            kept.createCell(1).setCellValue(district);
            int k = 2;
            for (SheetColumn c : SheetColumn.editableColumns()) {
                String v = ItemCells.editable(row.item(), c);
                kept.createCell(k++).setCellValue(v == null ? "" : v);
            }
        }
        sheet.createFreezePane(3, 1);
        addDropDowns(sheet, Math.max(r, MAX_ROWS));
        sheet.setAutoFilter(new org.apache.poi.ss.util.CellRangeAddress(0, Math.max(r - 1, 0), 0, SheetColumn.values().length - 1));
        sheet.lockAutoFilter(false);
        sheet.lockFormatColumns(false);
        sheet.lockSort(false);
        sheet.protectSheet(PROTECTION);
    }

    private void addDropDowns(XSSFSheet sheet, int lastRow) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        String[] statuses = java.util.Arrays.stream(ItemStatus.values()).map(ItemStatus::chinese).toArray(String[]::new);
        list(sheet, helper, helper.createExplicitListConstraint(statuses), SheetColumn.STATUS, lastRow, "状态");
        if (!causes.isEmpty() && String.join(",", causes).length() < 250) {
            list(sheet, helper, helper.createExplicitListConstraint(causes.toArray(String[]::new)), SheetColumn.CAUSE,
                    lastRow, "原因");
        }
        DataValidationConstraint date = helper.createDateConstraint(DataValidationConstraint.OperatorType.BETWEEN,
                "DATE(2000,1,1)", "DATE(2100,12,31)", "yyyy-MM-dd");
        DataValidation due = helper.createValidation(date, new CellRangeAddressList(1, lastRow, SheetColumn.DUE.index(),
                SheetColumn.DUE.index()));
        due.setShowErrorBox(false);
        sheet.addValidationData(due);
    }

    private static void list(XSSFSheet sheet, DataValidationHelper helper, DataValidationConstraint constraint,
                             SheetColumn column, int lastRow, String title) {
        DataValidation v = helper.createValidation(constraint, new CellRangeAddressList(1, lastRow, column.index(), column.index()));
        v.setShowErrorBox(true);
        v.createErrorBox(title, "请从下拉列表中选择");
        v.setSuppressDropDownArrow(true);
        sheet.addValidationData(v);
    }

    private static void writeRecordHeader(XSSFSheet record, WeekChecklist checklist, LocalDateTime exportedAt) {
        Row meta = record.createRow(0);
        meta.createCell(0).setCellValue("week");
        meta.createCell(1).setCellValue(checklist.week().toString());
        meta.createCell(2).setCellValue("exported_at");
        meta.createCell(3).setCellValue(exportedAt.toString());
        Row header = record.createRow(1);
        header.createCell(0).setCellValue("id");
        header.createCell(1).setCellValue("district");
        int k = 2;
        for (SheetColumn c : SheetColumn.editableColumns()) {
            header.createCell(k++).setCellValue(c.name().toLowerCase(java.util.Locale.ROOT));
        }
    }

    /** A text cell; text that a spreadsheet would take for a formula gets the quote-prefix style. */
    static void text(org.apache.poi.ss.usermodel.Cell cell, String value, CellStyle plain, CellStyle quoted) {
        String v = value == null ? "" : value;
        cell.setCellValue(v);
        cell.setCellStyle(org.rectify.domain.FormulaText.looksLikeFormula(v) ? quoted : plain);
    }

    /** The workbook's few cell styles. */
    static final class Styles {
        final CellStyle header;
        final CellStyle editableHeader;
        final CellStyle locked;
        final CellStyle lockedText;
        final CellStyle editable;
        final CellStyle editableText;
        final CellStyle bold;

        Styles(XSSFWorkbook wb) {
            Font boldFont = wb.createFont();
            boldFont.setBold(true);
            header = wb.createCellStyle();
            header.setFont(boldFont);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            editableHeader = wb.createCellStyle();
            editableHeader.cloneStyleFrom(header);
            editableHeader.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
            locked = wb.createCellStyle();
            locked.setLocked(true);
            locked.setWrapText(true);
            lockedText = wb.createCellStyle();
            lockedText.cloneStyleFrom(locked);
            lockedText.setQuotePrefixed(true);
            editable = wb.createCellStyle();
            editable.setLocked(false);
            editable.setWrapText(true);
            editableText = wb.createCellStyle();
            editableText.cloneStyleFrom(editable);
            editableText.setQuotePrefixed(true);
            bold = wb.createCellStyle();
            bold.setFont(boldFont);
        }
    }
}
