package org.rectify.checklist.excel;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reads a checklist workbook written by {@link ChecklistWorkbookWriter} and filled in by the districts. */
final class ChecklistWorkbookReader {

    private final DataFormatter formatter = new DataFormatter();

    WorkbookAnswers read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet record = wb.getSheet(ExportRecord.SHEET);
            if (record == null) {
                throw new ChecklistImport.NotAChecklist(file.getFileName() + " is not a checklist exported by Rectify:"
                        + " its hidden sheet '" + ExportRecord.SHEET + "' is missing");
            }
            String week = text(record.getRow(0), 1);
            Map<Long, Map<SheetColumn, String>> exported = readRecord(record);
            List<WorkbookAnswers.Answer> answers = new ArrayList<>();
            List<ChecklistImport.Rejected> unreadable = new ArrayList<>();
            for (Sheet sheet : wb) {
                if (isDistrictSheet(wb, sheet)) {
                    readSheet(sheet, answers, unreadable);
                }
            }
            return new WorkbookAnswers(week, answers, exported, unreadable);
        } catch (org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException | org.apache.poi.EmptyFileException
                 | java.util.zip.ZipException | org.apache.poi.ooxml.POIXMLException e) {
            // not a zip at all, a zip of something else, or a workbook cut short: POI's words say which
            throw new ChecklistImport.NotAChecklist(file.getFileName() + " is not an XLSX workbook: " + rootMessage(e));
        }
    }

    /** The innermost cause's words: POI wraps a cause and repeats its class name in the message. */
    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() != null ? root.getMessage() : e.getMessage();
    }

    private boolean isDistrictSheet(XSSFWorkbook wb, Sheet sheet) {
        Row header = sheet.getRow(0);
        return !wb.isSheetHidden(wb.getSheetIndex(sheet)) && !wb.isSheetVeryHidden(wb.getSheetIndex(sheet))
                && header != null && SheetColumn.ID.title.equals(text(header, SheetColumn.ID.index()));
    }

    private void readSheet(Sheet sheet, List<WorkbookAnswers.Answer> answers, List<ChecklistImport.Rejected> unreadable) {
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null || isBlank(row)) {
                continue;
            }
            String idText = text(row, SheetColumn.ID.index());
            long id;
            try {
                id = Long.parseLong(idText == null ? "" : idText.strip());
            } catch (NumberFormatException e) {
                unreadable.add(new ChecklistImport.Rejected(sheet.getSheetName(), r + 1, SheetColumn.ID.title,
                        "'" + (idText == null ? "" : idText) + "' is not an item id"));
                continue;
            }
            Map<SheetColumn, String> values = new EnumMap<>(SheetColumn.class);
            for (SheetColumn c : SheetColumn.editableColumns()) {
                values.put(c, c == SheetColumn.DUE ? dateText(row.getCell(c.index())) : text(row, c.index()));
            }
            answers.add(new WorkbookAnswers.Answer(sheet.getSheetName(), r + 1, id, values));
        }
    }

    private Map<Long, Map<SheetColumn, String>> readRecord(Sheet record) {
        Map<Long, Map<SheetColumn, String>> exported = new HashMap<>();
        for (int r = 2; r <= record.getLastRowNum(); r++) {
            Row row = record.getRow(r);
            if (row == null) {
                continue;
            }
            Map<SheetColumn, String> values = new EnumMap<>(SheetColumn.class);
            int k = 2;
            for (SheetColumn c : SheetColumn.editableColumns()) {
                values.put(c, text(row, k++));
            }
            exported.put((long) row.getCell(0).getNumericCellValue(), values);
        }
        return exported;
    }

    private boolean isBlank(Row row) {
        for (Cell cell : row) {
            if (text(row, cell.getColumnIndex()) != null) {
                return false;
            }
        }
        return true;
    }

    /** A date typed as a date is numeric in the file: read it back as yyyy-MM-dd, other text as it is. */
    private String dateText(Cell cell) {
        if (cell != null && cell.getCellType() == CellType.NUMERIC) {
            LocalDate day = DateUtil.getLocalDateTime(cell.getNumericCellValue()).toLocalDate();
            return day.toString();
        }
        return cell == null ? null : blankToNull(formatter.formatCellValue(cell));
    }

    private String text(Row row, int column) {
        if (row == null) {
            return null;
        }
        Cell cell = row.getCell(column);
        return cell == null ? null : blankToNull(formatter.formatCellValue(cell));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
