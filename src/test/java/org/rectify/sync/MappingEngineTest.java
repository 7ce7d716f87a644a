package org.rectify.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rectify.domain.TicketStatus;

/** What the mapping wizard stands on: the preview of a file, a profile tried on it, the library of saved profiles. */
class MappingEngineTest {

    private static final Charset GBK = Charset.forName("GBK");

    @TempDir
    Path folder;

    private Path gbkSemicolons() throws Exception {
        return Files.write(folder.resolve("投诉导出.csv"), String.join("\r\n",
                "导出时间;2014-06-01", "", "编号;登记日期;所属片区;状态;问题", "A1;2014/5/2 9:15;龙华区;已办结;宽带故障",
                "A2;2014/5/3 10:00;坪山;处理中;话费争议", "A3;昨天;坪山;处理中;话费争议", "A1;2014/5/4 8:00;龙华;处理中;宽带故障", "")
                .getBytes(GBK));
    }

    private static ImportProfile profile(String name, Integer headerRow, List<String> sheets, String encoding, Character delimiter) {
        return new ImportProfile(name, null, headerRow, sheets,
                Map.of(CanonicalField.TICKET_ID, List.of("编号"), CanonicalField.CREATED_AT, List.of("登记日期"),
                        CanonicalField.DISTRICT, List.of("所属片区"), CanonicalField.STATUS, List.of("状态"),
                        CanonicalField.PROBLEM, List.of("问题")),
                Map.of(), List.of(), Map.of(), Map.of(), Map.of(), null, null, List.of(), encoding, delimiter);
    }

    @Test
    void aPreviewShowsTheRowsAsReadWithTheEncodingAndDelimiterDetected() throws Exception {
        FilePreview preview = FilePreview.read(gbkSemicolons(), ReadOptions.DETECT);
        assertEquals("GB18030", preview.charset().name(), "GBK bytes are read as GB18030, its superset");
        assertEquals(';', preview.delimiter());
        FilePreview.Sheet sheet = preview.sheets().get(0);
        assertNull(sheet.name());
        assertEquals(3, sheet.likelyHeaderRow(), "the row with the most filled cells, below the junk line");
        assertEquals(List.of("编号", "登记日期", "所属片区", "状态", "问题"), sheet.row(3).cells());
        assertEquals(4, sheet.below(3).size());
    }

    @Test
    void aChosenEncodingAndDelimiterAreTakenAtTheirWord() throws Exception {
        Path file = gbkSemicolons();
        FilePreview asGbk = FilePreview.read(file, new ReadOptions(GBK, ','));
        assertEquals("GBK", asGbk.charset().name());
        assertEquals(1, asGbk.sheets().get(0).row(3).cells().size(), "split on commas, the line stays whole");
        FileRefusedException asUtf8 = assertThrows(FileRefusedException.class,
                () -> FilePreview.read(file, new ReadOptions(StandardCharsets.UTF_8, null)));
        assertTrue(asUtf8.getMessage().contains("unreadable in UTF-8"), "GBK read as UTF-8 is refused, not shown as garbage");
    }

    @Test
    void aTrialMapsTheRowsAsTheImportWouldAndSaysWhyRowsFail() throws Exception {
        FilePreview preview = FilePreview.read(gbkSemicolons(), ReadOptions.DETECT);
        ProfileTrial.Result trial = ProfileTrial.run(profile("t", 3, List.of(), null, null), preview);
        assertTrue(trial.usable());
        assertEquals(2, trial.accepted());
        assertEquals(2, trial.rejected());
        assertEquals(1, trial.duplicateIds());
        List<ProfileTrial.Outcome> rows = trial.sheets().get(0).outcomes();
        assertEquals("龙华", rows.get(0).ticket().district());
        assertEquals(TicketStatus.CLOSED, rows.get(0).ticket().status(), "已办结 is a closing word");
        assertEquals("creation time '昨天' is not a date-time", rows.get(2).rejection().reason());
        assertTrue(rows.get(3).rejection().reason().startsWith("duplicate id in this file: ticket A1 was read before at row 4"));

        ProfileTrial.Result wrongHeader = ProfileTrial.run(profile("t", 1, List.of(), null, null), preview);
        assertFalse(wrongHeader.usable());
        assertTrue(wrongHeader.sheets().get(0).missing().get(0).contains("ticket_id"), wrongHeader.toString());
    }

    @Test
    void theImportReadsWithTheProfilesEncodingAndDelimiter() throws Exception {
        Path file = folder.resolve("utf8-looking.csv");
        // pipes, and text that is valid UTF-8 but was written by a system in ISO-8859-1
        Files.write(file, "编号|登记日期|所属片区|状态|问题\nB1|2014-05-02 09:00|Montréal|open|x\n".getBytes(StandardCharsets.UTF_8));
        FilePreview preview = FilePreview.read(file, new ReadOptions(null, '|'));
        assertEquals(5, preview.sheets().get(0).row(1).cells().size());
        try (var store = org.rectify.store.Store.open(folder.resolve("data"))) {
            var importer = new TicketImporter(new org.rectify.store.SyncLog(store));
            FileImportResult result = importer.importFile(file, List.of(profile("pipes", 1, List.of(), "UTF-8", '|')),
                    ImportListener.NONE);
            assertEquals(1, result.counts().inserted(), result.toString());
            assertEquals("Montréal", new org.rectify.store.TicketQueries(store).byId("B1").orElseThrow().district());
        }
    }

    @Test
    void aWorkbooksSummarySheetIsMarkedAndLeftOutOfTheTrialUnlessNamed() throws Exception {
        Path file = folder.resolve("districts.xlsx");
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            for (String name : List.of("汇总", "龙华", "坪山")) {
                var sheet = wb.createSheet(name);
                String[] header = {"编号", "登记日期", "所属片区", "状态", "问题"};
                var h = sheet.createRow(0);
                for (int c = 0; c < header.length; c++) {
                    h.createCell(c).setCellValue(header[c]);
                }
                for (int r = 1; r <= 100; r++) {
                    var row = sheet.createRow(r);
                    row.createCell(0).setCellValue(name + r);
                    row.createCell(1).setCellValue("2014-05-02 10:00:00");
                    row.createCell(2).setCellValue(name);
                    row.createCell(3).setCellValue("Solved");
                }
            }
            try (var out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        FilePreview preview = FilePreview.read(file, ReadOptions.DETECT);
        assertEquals(List.of("汇总", "龙华", "坪山"), preview.sheets().stream().map(FilePreview.Sheet::name).toList());
        assertEquals(List.of(true, false, false), preview.sheets().stream().map(FilePreview.Sheet::summary).toList());
        assertEquals(FilePreview.ROWS, preview.sheets().get(2).rows().size(), "each sheet read up to the preview's rows");
        ProfileTrial.Result trial = ProfileTrial.run(profile("t", 1, List.of(), null, null), preview);
        assertEquals(List.of("龙华", "坪山"), trial.sheets().stream().map(ProfileTrial.SheetTrial::sheet).toList());
        ProfileTrial.Result named = ProfileTrial.run(profile("t", 1, List.of("汇总"), null, null), preview);
        assertEquals(List.of("汇总"), named.sheets().stream().map(ProfileTrial.SheetTrial::sheet).toList());
        assertEquals(TicketStatus.CLOSED, named.sheets().get(0).outcomes().get(0).ticket().status(), "Solved closes");
    }

    @Test
    void savedProfilesComeBeforeTheBuiltInOnesAndKeepTheirNames() throws Exception {
        ProfileLibrary library = new ProfileLibrary(folder.resolve("profiles"));
        assertEquals(BuiltInProfiles.all(), library.all());
        Path saved = library.save(profile("片区导出/2014", 3, List.of(), "GBK", ';'));
        assertEquals("片区导出_2014.json", saved.getFileName().toString());
        assertEquals("片区导出/2014", library.all().get(0).name());
        assertEquals(';', library.resolve("片区导出/2014").delimiter());
        library.save(profile("片区导出/2014", 4, List.of(), "GBK", ';'));
        assertEquals(1, library.saved().size(), "saved again under its name, replaced");
        assertEquals(4, library.saved().get(0).headerRow());
        IllegalArgumentException builtIn = assertThrows(IllegalArgumentException.class,
                () -> library.save(profile("standard", 1, List.of(), null, null)));
        assertTrue(builtIn.getMessage().contains("built-in"));
        Files.writeString(folder.resolve("profiles").resolve("broken.json"), "{not json");
        assertEquals(1, library.saved().size(), "a broken file is left out, not fatal");
    }

    @Test
    void aProfileThatCannotBeWrittenSaysItsFolderAndTheSystemsCauseAndLeavesNothing() throws Exception {
        Path notAFolder = Files.writeString(folder.resolve("profiles"), "a file");
        ProfileLibrary library = new ProfileLibrary(notAFolder);
        ProfileNotSavedException e = assertThrows(ProfileNotSavedException.class,
                () -> library.save(profile("片区导出", 3, List.of(), "GBK", ';')));
        assertEquals("片区导出", e.profileName());
        assertEquals(notAFolder, e.folder());
        assertTrue(e.ioCause() instanceof java.nio.file.FileAlreadyExistsException, String.valueOf(e.ioCause()));
        assertTrue(e.getMessage().startsWith("Cannot save the profile 片区导出 in " + notAFolder), e.getMessage());
        assertEquals("a file", Files.readString(notAFolder));
    }

    @Test
    void theImporterTriesTheSavedProfiles() throws Exception {
        Path file = gbkSemicolons();
        try (var store = org.rectify.store.Store.open(folder.resolve("data"))) {
            ProfileLibrary library = new ProfileLibrary(folder.resolve("profiles"));
            var importer = new TicketImporter(new org.rectify.store.SyncLog(store), library);
            assertEquals(org.rectify.domain.SyncStatus.REFUSED, importer.importFile(file, ImportListener.NONE).status());
            library.save(profile("片区导出", 3, List.of(), null, null));
            FileImportResult result = importer.importFile(file, ImportListener.NONE);
            assertEquals("片区导出", result.profile());
            assertEquals(2, result.counts().inserted(), result.toString());
            assertEquals(2, result.counts().rejected());
        }
    }
}
