package org.rectify.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import org.apache.poi.hssf.record.DateWindow1904Record;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rectify.domain.ImportCounts;
import org.rectify.testing.StandardCsv;

/**
 * Dates in workbooks. A date column and a time column are joined into one time by a profile, as Excel
 * shows them ({@code 2014-05-03} and {@code 09:00:00}). A workbook of Excel's 1904 date system (Excel for the Mac's old default, an option on Windows): its
 * serials are 1,462 days short of the usual ones, in date cells and in numbers that are serials alike.
 * Read as 1900 serials, every time would have been four years and a day early.
 */
class ExcelDatesTest {

    private static final LocalDateTime CREATED = LocalDateTime.of(2014, 5, 3, 9, 5);
    private static final LocalDateTime CLOSED = LocalDateTime.of(2014, 5, 4, 16, 30);

    @TempDir
    Path folder;

    @Test
    void anXlsxOfThe1904SystemKeepsItsTimes() throws Exception {
        XSSFWorkbook workbook = new XSSFWorkbook();
        var properties = workbook.getCTWorkbook().isSetWorkbookPr() ? workbook.getCTWorkbook().getWorkbookPr()
                : workbook.getCTWorkbook().addNewWorkbookPr();
        properties.setDate1904(true);
        assertTimes(write(workbook, "mac.xlsx", true));
    }

    @Test
    void anXlsOfThe1904SystemKeepsItsTimes() throws Exception {
        HSSFWorkbook workbook = new HSSFWorkbook();
        workbook.getInternalWorkbook().getRecords().stream().filter(r -> r instanceof DateWindow1904Record)
                .forEach(r -> ((DateWindow1904Record) r).setWindowing((short) 1));
        assertTimes(write(workbook, "mac.xls", true));
    }

    @Test
    void theUsualSystemIsReadAsBefore() throws Exception {
        assertTimes(write(new XSSFWorkbook(), "pc.xlsx", false));
    }

    @Test
    void aDateCellAndATimeCellJoinIntoOneTimeInXlsxAndXls() throws Exception {
        for (Workbook workbook : new Workbook[] {new XSSFWorkbook(), new HSSFWorkbook()}) {
            String name = workbook instanceof XSSFWorkbook ? "split.xlsx" : "split.xls";
            Path file = folder.resolve(name);
            try (workbook; OutputStream out = Files.newOutputStream(file)) {
                Sheet sheet = workbook.createSheet("工单");
                String[] headers = {"工单号", "受理日期", "受理时刻", "区分公司", "归档", "备注日期"};
                Row header = sheet.createRow(0);
                for (int i = 0; i < headers.length; i++) {
                    header.createCell(i).setCellValue(headers[i]);
                }
                Row row = sheet.createRow(1);
                row.createCell(0).setCellValue("J1");
                row.createCell(1).setCellValue(DateUtil.getExcelDate(CREATED.toLocalDate().atStartOfDay()));
                row.getCell(1).setCellStyle(style(workbook, "yyyy/m/d"));
                row.createCell(2).setCellValue((9 * 60 + 5) / 1440.0);
                row.getCell(2).setCellStyle(style(workbook, "h:mm:ss"));
                row.createCell(3).setCellValue("龙华");
                // a time the format hides is still the cell's: it is kept
                row.createCell(4).setCellValue(DateUtil.getExcelDate(CLOSED));
                row.getCell(4).setCellStyle(style(workbook, "yyyy-mm-dd"));
                workbook.write(out);
            }
            ImportProfile profile = ProfileJson.parse("""
                    {"name": "split", "columns": {"ticket_id": ["工单号"], "district": ["区分公司"], "closed_at": ["归档"]},
                     "join": {"created_at": ["受理日期", "受理时刻"]}}""", "split.json");
            try (ImportFixture fixture = ImportFixture.in(folder.resolve("data-" + name))) {
                FileImportResult result = fixture.importer().importFile(file, java.util.List.of(profile), ImportListener.NONE);
                assertEquals(new ImportCounts(1, 1, 0, 0, 0), result.counts(), name + ": " + result.message());
                assertEquals(CREATED, fixture.queries().byId("J1").orElseThrow().createdAt(), name);
                assertEquals(CLOSED, fixture.queries().byId("J1").orElseThrow().closedAt(), name);
            }
        }
    }

    @Test
    void aCellShowsTimeWhenItsFormatHasHoursOrSeconds() {
        assertEquals(true, ExcelValues.showsTime("yyyy/m/d h:mm"));
        assertEquals(true, ExcelValues.showsTime("mm:ss"));
        assertEquals(false, ExcelValues.showsTime("yyyy\"年\"m\"月\"d\"日\""));
        assertEquals(false, ExcelValues.showsTime("[$-804]yyyy-mm-dd;@"));
        assertEquals(false, ExcelValues.showsTime("\"shipped \"yyyy-mm-dd"), "letters in quotes are words, not hours");
        assertEquals("2014-05-03", ExcelValues.dateCell(41_762, false, "yyyy-mm-dd"));
        assertEquals("2014-05-03 00:00:00", ExcelValues.dateCell(41_762, false, "yyyy-mm-dd hh:mm"));
        assertEquals("09:00:00", ExcelValues.dateCell(0.375, false, "hh:mm:ss"));
        assertEquals("2014-05-03 09:00:00", ExcelValues.dateCell(41_762.375, false, "yyyy-mm-dd"));
    }

    private static CellStyle style(Workbook workbook, String format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        return style;
    }

    /** One ticket: created in a date cell, closed as a serial in a number cell of the workbook's own system. */
    private Path write(Workbook workbook, String name, boolean from1904) throws Exception {
        try (workbook) {
            Sheet sheet = workbook.createSheet("工单");
            Row header = sheet.createRow(0);
            String[] headers = StandardCsv.HEADER.split(",");
            for (int i = 0; i < headers.length; i++) {
                header.createCell(i).setCellValue(headers[i]);
            }
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("X1");
            // the serials written as the workbook's own system counts them: POI's HSSF would not follow a flag set here
            row.createCell(1).setCellValue(DateUtil.getExcelDate(CREATED, from1904));
            row.getCell(1).setCellStyle(dateStyle);
            row.createCell(2).setCellValue(DateUtil.getExcelDate(CLOSED, from1904));
            row.createCell(3).setCellValue("龙华");
            row.createCell(5).setCellValue("抱怨");
            row.createCell(10).setCellValue("是");
            row.createCell(11).setCellValue("已归档");
            Path file = folder.resolve(name);
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
            return file;
        }
    }

    private void assertTimes(Path file) {
        try (ImportFixture fixture = ImportFixture.in(folder.resolve("data-" + file.getFileName()))) {
            FileImportResult result = fixture.importer().importFile(file, ImportListener.NONE);
            assertEquals(new ImportCounts(1, 1, 0, 0, 0), result.counts(), result.message());
            var ticket = fixture.queries().byId("X1").orElseThrow();
            assertEquals(CREATED, ticket.createdAt(), "the date cell");
            assertEquals(CLOSED, ticket.closedAt(), "the serial in a number cell");
        }
    }
}
