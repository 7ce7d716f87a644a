package org.rectify.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rectify.domain.SubscriberCount;
import org.rectify.store.ReferenceData;
import org.rectify.store.Store;

/** Subscriber counts as offices write them: months and counts in several forms, in CSV or a workbook. */
class SubscriberImporterTest {

    @TempDir
    Path folder;

    @Test
    void monthsAreReadInTheFormsThatPutTheYearFirst() {
        for (String text : List.of("2014-05", "2014-5", "2014/5", "2014/05", "2014.5", "2014年5月", "2014年05月", "201405",
                "2014-05-01", "2014/5/31", "2014年5月1日", " 2014-05 ")) {
            assertEquals(YearMonth.of(2014, 5), SubscriberImporter.month(text), text);
        }
        for (String text : List.of("05/2014", "2014-13", "201413", "五月", "2014", "", "14-05")) {
            assertNull(SubscriberImporter.month(text), text);
        }
    }

    @Test
    void countsAreWholeNumbersWithSeparatorsOrIn万() {
        assertEquals(1_200_000L, SubscriberImporter.count("1,200,000"));
        assertEquals(1_200_000L, SubscriberImporter.count("1200000.0"));
        assertEquals(1_200_000L, SubscriberImporter.count("120万"));
        assertEquals(125_000L, SubscriberImporter.count("12.5万"));
        assertEquals(125_000L, SubscriberImporter.count(" 12.5 万 "));
        assertNull(SubscriberImporter.count("12.5"), "half a subscriber");
        assertNull(SubscriberImporter.count("1.23456万"));
        assertNull(SubscriberImporter.count("lots"));
    }

    @Test
    void aCsvInTheseFormsLoads() throws Exception {
        Path file = folder.resolve("subs.csv");
        Files.writeString(file, "各区用户数（2014年）\n月份,区分公司,用户数\n2014/5,龙华区,\"1,200,000\"\n2014年6月,坪山新区,30万\n",
                StandardCharsets.UTF_8);
        assertEquals(List.of(new SubscriberCount(YearMonth.of(2014, 5), "龙华", 1_200_000),
                new SubscriberCount(YearMonth.of(2014, 6), "坪山", 300_000)), load(file));
    }

    @Test
    void aWorkbookWithDateCellsAndNumberCellsLoads() throws Exception {
        Path file = folder.resolve("subs.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet notes = workbook.createSheet("说明");
            notes.createRow(0).createCell(0).setCellValue("用户数按月末在网计");
            Sheet sheet = workbook.createSheet("用户数");
            Row header = sheet.createRow(0);
            for (int i = 0; i < 3; i++) {
                header.createCell(i).setCellValue(SubscriberImporter.HEADERS.get(i));
            }
            CellStyle month = workbook.createCellStyle();
            month.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm"));
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue(DateUtil.getExcelDate(LocalDate.of(2014, 5, 1).atStartOfDay()));
            row.getCell(0).setCellStyle(month);
            row.createCell(1).setCellValue("龙华");
            row.createCell(2).setCellValue(1_200_000);
            workbook.write(out);
        }
        assertEquals(List.of(new SubscriberCount(YearMonth.of(2014, 5), "龙华", 1_200_000)), load(file));
    }

    @Test
    void aBadRowRefusesTheFileNamingRowAndColumn() throws Exception {
        Path file = folder.resolve("bad.csv");
        Files.writeString(file, "月份,区分公司,用户数\n2014-05,龙华,1200000\n05/2014,坪山,300000\n", StandardCharsets.UTF_8);
        FileRefusedException e = assertThrows(FileRefusedException.class, () -> load(file));
        assertEquals("bad.csv, row 3, column 月份: '05/2014' is not a month like 2014-05. Nothing was loaded from this file.",
                e.getMessage());
        Path headless = folder.resolve("headless.csv");
        Files.writeString(headless, "month,district,subscribers\n2014-05,龙华,1200000\n", StandardCharsets.UTF_8);
        e = assertThrows(FileRefusedException.class, () -> load(headless));
        assertTrue(e.getMessage().startsWith("headless.csv: no header row 月份,区分公司,用户数 in the first 30 rows; the first"
                + " row has: month, district, subscribers"), e.getMessage());
    }

    private List<SubscriberCount> load(Path file) {
        try (Store store = Store.open(folder.resolve("data-" + file.getFileName()))) {
            ReferenceData reference = new ReferenceData(store);
            new SubscriberImporter(reference).importFile(file);
            return reference.subscriberCounts();
        }
    }
}
