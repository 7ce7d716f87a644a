package org.rectify.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `profile suggest` on foreign exports: English headers, values that say what a column is, every sheet. */
class ProfileSuggesterTest {

    @TempDir
    Path folder;

    private static Map<CanonicalField, List<String>> columns(Path file) {
        return ProfileSuggester.suggest(file).profile().columns();
    }

    @Test
    void aConsumerComplaintDatabaseExportIsMappedFromItsEnglishHeaders() throws Exception {
        List<String> lines = new ArrayList<>(List.of("Date received,Product,Sub-product,Issue,Sub-issue,"
                + "Consumer complaint narrative,Company,State,ZIP code,Submitted via,Company response to consumer,"
                + "Timely response?,Complaint ID"));
        for (int i = 0; i < 8; i++) {
            lines.add(String.format("2023-0%d-1%d,Mortgage,Conventional,Trouble during payment,,text %d,Bank %d,%s,7870%d,Web,"
                    + "Closed with explanation,Yes,%d", 1 + i % 8, i, i, i % 3, i % 2 == 0 ? "TX" : "CA", i, 7000100 + i));
        }
        Path csv = Files.write(folder.resolve("complaints.csv"), lines);
        var c = columns(csv);
        assertEquals(List.of("Complaint ID"), c.get(CanonicalField.TICKET_ID));
        assertEquals(List.of("Date received"), c.get(CanonicalField.CREATED_AT));
        assertEquals(null, c.get(CanonicalField.CLOSED_AT), "no closing date in this export");
        assertEquals(List.of("State"), c.get(CanonicalField.DISTRICT));
        assertEquals(List.of("Product"), c.get(CanonicalField.CATEGORY));
        assertEquals(List.of("Issue"), c.get(CanonicalField.PROBLEM));
        assertEquals(List.of("Submitted via"), c.get(CanonicalField.CHANNEL));
        assertEquals(List.of("Company response to consumer"), c.get(CanonicalField.STATUS));
        assertEquals(List.of("Consumer complaint narrative"), c.get(CanonicalField.DESCRIPTION));
        assertTrue(ProfileSuggester.suggest(csv).missing().isEmpty(), "every required field found");
    }

    @Test
    void valuesSayWhichColumnIsTheTimeTheIdTheSubscriberAndTheArea() throws Exception {
        List<String> lines = new ArrayList<>(List.of("Ticket #,Date,Customer,Mobile no.,Zone,Kind"));
        for (int i = 0; i < 9; i++) {
            lines.add(String.format("TK-%03d,2024-03-%02d 09:1%d,Person %d,1390000%04d,%s,%s", 17 * i + 3, 1 + i, i, i, i,
                    i % 3 == 0 ? "North" : "South", i % 2 == 0 ? "Billing" : "Network"));
        }
        Path csv = Files.write(folder.resolve("tickets.csv"), lines);
        var c = columns(csv);
        assertEquals(List.of("Ticket #"), c.get(CanonicalField.TICKET_ID));
        assertEquals(List.of("Date"), c.get(CanonicalField.CREATED_AT), "a column of dates is the creation time, not the closing");
        assertEquals(null, c.get(CanonicalField.CLOSED_AT));
        assertEquals(List.of("Mobile no."), c.get(CanonicalField.SUBSCRIBER), "11-digit mobile numbers");
        assertEquals(List.of("Zone"), c.get(CanonicalField.DISTRICT), "few repeating labels");
        assertEquals(List.of("Kind"), c.get(CanonicalField.CATEGORY));
    }

    @Test
    void aWorkbooksSummarySheetIsNotWhatTheSuggestionLearnsFrom() throws Exception {
        Path file = folder.resolve("by-district.xlsx");
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            var summary = wb.createSheet("汇总");
            summary.createRow(0).createCell(0).setCellValue("区域");
            summary.getRow(0).createCell(1).setCellValue("合计");
            summary.createRow(1).createCell(0).setCellValue("龙华");
            summary.getRow(1).createCell(1).setCellValue(12);
            var district = wb.createSheet("龙华");
            String[] header = {"工单号", "受理时间", "区分公司", "投诉大类", "问题细类"};
            var h = district.createRow(0);
            for (int i = 0; i < header.length; i++) {
                h.createCell(i).setCellValue(header[i]);
            }
            for (int r = 1; r <= 5; r++) {
                var row = district.createRow(r);
                row.createCell(0).setCellValue("L" + r);
                row.createCell(1).setCellValue("2014-05-0" + r + " 10:00:00");
                row.createCell(2).setCellValue("龙华");
                row.createCell(3).setCellValue("装维服务");
                row.createCell(4).setCellValue("宽带修障超时");
            }
            try (var out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        var suggestion = ProfileSuggester.suggest(file);
        assertEquals("龙华", suggestion.sheet());
        assertEquals(List.of("工单号"), suggestion.profile().columns().get(CanonicalField.TICKET_ID));
        assertTrue(suggestion.missing().isEmpty(), suggestion.missing().toString());
    }
}
