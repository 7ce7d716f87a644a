package org.rectify.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rectify.domain.ImportCounts;
import org.rectify.domain.ImportNote;
import org.rectify.domain.RejectedRow;
import org.rectify.domain.SyncRun;
import org.rectify.domain.SyncStatus;
import org.rectify.domain.Ticket;
import org.rectify.domain.TicketFilter;
import org.rectify.domain.TicketKind;
import org.rectify.domain.TicketStatus;
import org.rectify.store.Store;
import org.rectify.store.StoreCheck;
import org.rectify.store.SyncLog;
import org.rectify.store.TicketQueries;
import org.rectify.testing.StandardCsv;

class TicketImporterTest {

    @TempDir
    Path folder;

    private Store store;
    private SyncLog log;
    private TicketImporter importer;
    private TicketQueries queries;

    @BeforeEach
    void open() {
        store = Store.open(folder.resolve("data"));
        log = new SyncLog(store);
        importer = new TicketImporter(log);
        queries = new TicketQueries(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Path firstExport() throws Exception {
        return StandardCsv.create()
                .ticket("T001", "2014-05-02 09:15:00", "", "龙华区", "装维服务", "宽带修障超时", "", "处理中")
                .ticket("T002", "2014-05-02 10:00:00", "2014-05-02 16:00:00", "坪山", "费用争议", "流量费用异常", "是", "已归档")
                .ticket("T003", "2014/5/3 8:05", "2014/5/3 9:30", "龙华", "装维服务", "宽带装机超时", "否", "已归档")
                .writeTo(folder.resolve("export-1.csv"));
    }

    @Test
    void importsTheStandardLayoutIntoCanonicalTickets() throws Exception {
        FileImportResult result = importer.importFile(firstExport(), ImportListener.NONE);

        assertEquals(SyncStatus.DONE, result.status());
        assertEquals(new ImportCounts(3, 3, 0, 0, 0), result.counts());
        Ticket open = queries.byId("T001").orElseThrow();
        assertEquals("龙华", open.district(), "district names are normalised");
        assertEquals(TicketStatus.OPEN, open.status());
        assertNull(open.closedAt());
        assertNull(open.firstContactResolved());
        Ticket closed = queries.byId("T003").orElseThrow();
        assertEquals(LocalDateTime.of(2014, 5, 3, 8, 5), closed.createdAt());
        assertEquals(Boolean.FALSE, closed.firstContactResolved());
        assertEquals(TicketStatus.CLOSED, closed.status());
        assertEquals("13812345678", closed.subscriber(), "stored in full; masking is for display");
    }

    @Test
    void readsTheYearFirstTimesOfOtherSystemsAndRefusesWhatWouldBeGuessed() throws Exception {
        Path export = StandardCsv.create()
                .ticket("C1", "2014年5月3日 9:05", "2014年5月3日 10:00:00", "龙华", "装维服务", "宽带修障超时", "是", "已归档")
                .ticket("C2", "2014-05-03 09:05:00.000", "2014-05-03 10:00:00.0", "龙华", "装维服务", "宽带修障超时", "是", "已归档")
                .ticket("C3", "2014.5.3 09:05", "", "龙华", "装维服务", "宽带修障超时", "", "处理中")
                .ticket("C4", "03/05/2014 09:05", "", "龙华", "装维服务", "宽带修障超时", "", "处理中")
                .ticket("C5", "2014-05-03 09:05:00.250", "", "龙华", "装维服务", "宽带修障超时", "", "处理中")
                .ticket("C6", "2014/5/3 上午 9:05", "2014/5/3 下午 3:30:00", "龙华", "装维服务", "宽带修障超时", "是", "已归档")
                .ticket("C7", "2014/5/3 下午 21:05", "", "龙华", "装维服务", "宽带修障超时", "", "处理中")
                .writeTo(folder.resolve("other-systems.csv"));

        FileImportResult result = importer.importFile(export, ImportListener.NONE);

        assertEquals(new ImportCounts(7, 4, 0, 0, 3), result.counts());
        assertEquals(LocalDateTime.of(2014, 5, 3, 9, 5), queries.byId("C6").orElseThrow().createdAt());
        assertEquals(LocalDateTime.of(2014, 5, 3, 15, 30), queries.byId("C6").orElseThrow().closedAt());
        assertTrue(queries.byId("C7").isEmpty(), "afternoon and 21 o'clock contradict each other");
        for (String id : List.of("C1", "C2", "C3")) {
            assertEquals(LocalDateTime.of(2014, 5, 3, 9, 5), queries.byId(id).orElseThrow().createdAt(), id);
        }
        assertEquals(LocalDateTime.of(2014, 5, 3, 10, 0), queries.byId("C2").orElseThrow().closedAt());
        assertTrue(queries.byId("C4").isEmpty(), "day or month first is not guessed");
        assertTrue(queries.byId("C5").isEmpty(), "a quarter of a second is not cut off");
    }

    @Test
    void importSkipsAFileAlreadySeen() throws Exception {
        Path export = firstExport();
        importer.importFile(export, ImportListener.NONE);

        FileImportResult again = importer.importFile(export, ImportListener.NONE);

        assertEquals(SyncStatus.SKIPPED, again.status());
        assertEquals(ImportCounts.NONE, again.counts());
        assertTrue(again.message().contains("already imported"), again.message());
        assertEquals(3, queries.count(TicketFilter.ALL));
        List<SyncRun> runs = log.recent(10);
        assertEquals(SyncStatus.SKIPPED, runs.get(0).status());
        assertEquals(SyncStatus.DONE, runs.get(1).status());
    }

    @Test
    void aLaterExportUpdatesTicketsInsteadOfDuplicatingThem() throws Exception {
        importer.importFile(firstExport(), ImportListener.NONE);
        Path later = StandardCsv.create()
                .ticket("T001", "2014-05-02 09:15:00", "2014-05-04 11:00:00", "龙华", "装维服务", "宽带修障超时", "否", "已归档")
                .ticket("T002", "2014-05-02 10:00:00", "2014-05-02 16:00:00", "坪山", "费用争议", "流量费用异常", "是", "已归档")
                .ticket("T004", "2014-05-05 12:00:00", "", "坪山", "渠道服务", "营业厅排队时间长", "", "处理中")
                .writeTo(folder.resolve("export-2.csv"));

        FileImportResult result = importer.importFile(later, ImportListener.NONE);

        assertEquals(new ImportCounts(3, 1, 1, 1, 0), result.counts());
        assertEquals(4, queries.count(TicketFilter.ALL));
        Ticket updated = queries.byId("T001").orElseThrow();
        assertEquals(TicketStatus.CLOSED, updated.status());
        assertEquals(LocalDateTime.of(2014, 5, 4, 11, 0), updated.closedAt());
        assertEquals(List.of("T001|1|2", "T002|1|1", "T003|1|1", "T004|2|2"), runsOfTickets(),
                "each ticket keeps the run that first brought it and the one that last changed it");
    }

    @Test
    void aWeeklyExportBringingBackMoreStoredTicketsThanOneReadTakesUpdatesEachExactlyOnce() throws Exception {
        StandardCsv first = StandardCsv.create();
        for (int i = 0; i < 130; i++) {
            first.ticket("W%03d".formatted(i), "2014-05-0%d 09:%02d:00".formatted(1 + i % 7, i % 60), "", "龙华", "装维服务",
                    "宽带修障超时", "", "处理中");
        }
        importer.importFile(first.writeTo(folder.resolve("week-1.csv")), ImportListener.NONE);
        // last week's tickets again, most of them closed now, some unchanged, then this week's new ones
        StandardCsv next = StandardCsv.create();
        for (int i = 0; i < 130; i++) {
            boolean closed = i % 10 != 0;
            next.ticket("W%03d".formatted(i), "2014-05-0%d 09:%02d:00".formatted(1 + i % 7, i % 60),
                    closed ? "2014-05-09 10:00:00" : "", "龙华", "装维服务", "宽带修障超时", closed ? "是" : "",
                    closed ? "已归档" : "处理中");
        }
        for (int i = 130; i < 150; i++) {
            next.ticket("W%03d".formatted(i), "2014-05-09 11:%02d:00".formatted(i % 60), "", "坪山", "费用争议", "流量费用异常", "",
                    "处理中");
        }
        next.ticket("W007", "2014-05-01 09:07:00", "", "龙华", "装维服务", "宽带修障超时", "", "处理中");

        FileImportResult result = importer.importFile(next.writeTo(folder.resolve("week-2.csv")), ImportListener.NONE);

        // 117 closed now, 13 unchanged, 20 new; W007 a second time in the file is rejected
        assertEquals(new ImportCounts(151, 20, 117, 13, 1), result.counts());
        assertEquals(150, queries.count(TicketFilter.ALL));
        assertEquals(TicketStatus.CLOSED, queries.byId("W129").orElseThrow().status());
        assertEquals(TicketStatus.OPEN, queries.byId("W120").orElseThrow().status());
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + store.file());
             java.sql.ResultSet rs = c.createStatement().executeQuery("""
                     SELECT (SELECT sum(tickets) FROM rollup_category_day), (SELECT sum(tickets) FROM rollup_problem_month),
                            (SELECT sum(flag_known) FROM rollup_closure_day), (SELECT sum(resolved_first) FROM rollup_closure)""")) {
            assertEquals(List.of(150L, 150L, 117L, 117L), List.of(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)),
                    "each ticket counted once in the roll-ups, each closure once");
        }
    }

    private List<String> runsOfTickets() throws java.sql.SQLException {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + store.file());
             java.sql.ResultSet rs = c.createStatement().executeQuery(
                     "SELECT ticket_id, first_run_id, last_run_id FROM ticket ORDER BY ticket_id")) {
            List<String> rows = new java.util.ArrayList<>();
            while (rs.next()) {
                rows.add(rs.getString(1) + "|" + rs.getLong(2) + "|" + rs.getLong(3));
            }
            return rows;
        }
    }

    @Test
    void utf16WithBomIsReadAndProgressIsReported() throws Exception {
        StringBuilder csv = new StringBuilder(StandardCsv.HEADER).append("\r\n");
        for (int i = 0; i < 12_000; i++) {
            csv.append("U").append(i).append(",2014-05-02 09:15:00,,龙华,民治服务中心,抱怨,装维服务,宽带修障超时,10000号,,,处理中,王伟,13812345678,,用户反映\r\n");
        }
        Path file = folder.resolve("utf16.csv");
        java.nio.file.Files.write(file, ("\uFEFF" + csv).getBytes(java.nio.charset.StandardCharsets.UTF_16LE));
        List<ImportProgress> seen = new java.util.ArrayList<>();

        FileImportResult result = importer.importFile(file, new ImportListener() {
            @Override
            public void progress(ImportProgress progress) {
                seen.add(progress);
            }
        });

        assertEquals(SyncStatus.DONE, result.status(), result.message());
        assertEquals(12_000, result.counts().inserted());
        assertEquals("宽带修障超时", queries.byId("U11999").orElseThrow().problem());
        assertTrue(seen.size() >= 3, "progress reported while importing: " + seen.size());
        for (int i = 1; i < seen.size(); i++) {
            assertTrue(seen.get(i).rowsRead() >= seen.get(i - 1).rowsRead());
            assertTrue(seen.get(i).bytesRead() >= seen.get(i - 1).bytesRead());
        }
        ImportProgress last = seen.get(seen.size() - 1);
        assertEquals(12_000, last.rowsRead());
        assertEquals(1.0, last.fraction());
        assertTrue(last.rowsPerSecond() > 0);
    }

    @Test
    void aSecondRowWithTheSameIdInOneFileIsRejectedNamingBothRows() throws Exception {
        Path export = StandardCsv.create()
                .ticket("T010", "2014-05-02 09:00:00", "", "龙华", "装维服务", "宽带修障超时", "", "处理中")
                .ticket("T011", "2014-05-02 09:30:00", "", "龙华", "装维服务", "宽带修障超时", "", "处理中")
                .ticket("T010", "2014-05-02 09:00:00", "2014-05-03 09:00:00", "龙华", "装维服务", "宽带修障超时", "是", "已归档")
                .writeTo(folder.resolve("dup.csv"));

        FileImportResult result = importer.importFile(export, ImportListener.NONE);

        assertEquals(new ImportCounts(3, 2, 0, 0, 1), result.counts());
        assertEquals(TicketStatus.OPEN, queries.byId("T010").orElseThrow().status(), "the first row is kept");
        List<RejectedRow> rejected = new java.util.ArrayList<>();
        new org.rectify.store.RejectedRows(store).forEach(null, (run, row) -> rejected.add(row));
        assertEquals(1, rejected.size());
        assertEquals(4, rejected.get(0).rowNumber());
        assertTrue(rejected.get(0).reason().startsWith("duplicate id in this file: ticket T010 was read before at row 2"),
                rejected.get(0).reason());
        assertEquals("已归档", rejected.get(0).rawValues().get(11), "the left-out row is kept as it came");
    }

    @Test
    void aTicketOfAnEarlierRunTwiceInALaterFileIsOnceUnchangedAndOnceRejected() throws Exception {
        importer.importFile(firstExport(), ImportListener.NONE);
        Path workbook = folder.resolve("again.xlsx");
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            String[] header = StandardCsv.HEADER.split(",");
            for (String name : List.of("龙华", "坪山")) {
                var sheet = wb.createSheet(name);
                var h = sheet.createRow(0);
                for (int c = 0; c < header.length; c++) {
                    h.createCell(c).setCellValue(header[c]);
                }
                var row = sheet.createRow(name.equals("龙华") ? 1 : 5);
                String[] t001 = {"T001", "2014-05-02 09:15:00", "", "龙华区", "龙华区服务中心", "抱怨", "装维服务", "宽带修障超时",
                        "10000号", "", "", "处理中", "王伟", "13812345678", "5", "用户反映宽带修障超时"};
                for (int c = 0; c < t001.length; c++) {
                    row.createCell(c).setCellValue(t001[c]);
                }
            }
            try (var out = java.nio.file.Files.newOutputStream(workbook)) {
                wb.write(out);
            }
        }

        FileImportResult result = importer.importFile(workbook, ImportListener.NONE);

        assertEquals(new ImportCounts(2, 0, 0, 1, 1), result.counts(), result.toString());
        List<RejectedRow> rejected = new java.util.ArrayList<>();
        new org.rectify.store.RejectedRows(store).forEach(null, (run, row) -> rejected.add(row));
        assertEquals("坪山", rejected.get(0).sheet());
        assertEquals(6, rejected.get(0).rowNumber());
        assertTrue(rejected.get(0).reason().contains("read before at sheet 龙华, row 2 (kept); sheet 坪山, row 6 is left out"),
                rejected.get(0).reason());
    }

    @Test
    void rowsThatFailValidationAreKeptWithFileRowColumnAndReason() throws Exception {
        Path export = StandardCsv.create()
                .ticket("T020", "2014-05-02 09:00:00", "", "龙华", "装维服务", "宽带修障超时", "", "处理中")
                .ticket("T021", "yesterday", "", "龙华", "装维服务", "宽带修障超时", "", "处理中")
                .ticket("", "2014-05-02 09:00:00", "", "龙华", "装维服务", "宽带修障超时", "", "处理中")
                .ticket("T023", "2014-05-02 09:00:00", "", "龙华", "装维服务", "宽带修障超时", "maybe", "处理中")
                .writeTo(folder.resolve("bad-rows.csv"));

        FileImportResult result = importer.importFile(export, ImportListener.NONE);

        assertEquals(SyncStatus.DONE, result.status());
        assertEquals(new ImportCounts(4, 1, 0, 0, 3), result.counts());
        StoreCheck.Result check = new StoreCheck(store).run();
        assertEquals(3L, check.counts().get("rejected_rows"));
        assertEquals(List.of("bad-rows.csv|3|受理时间|creation time 'yesterday' is not a date-time",
                        "bad-rows.csv|4|工单号|ticket number is empty",
                        "bad-rows.csv|5|一次性解决|'maybe' is neither 是 nor 否"),
                RejectedRowsProbe.describe(store.file()));
    }

    @Test
    void aFileThatIsGoneIsRefusedWithANoteTheWindowCanSayInItsLanguage() throws Exception {
        FileImportResult result = importer.importFile(folder.resolve("gone.csv"), ImportListener.NONE);
        assertEquals(SyncStatus.REFUSED, result.status());
        assertEquals("gone.csv: no such file (" + folder.resolve("gone.csv").toAbsolutePath() + ")", result.message());
        assertEquals(ImportNote.NO_SUCH_FILE, ImportNote.parseWhole(result.message())
                .orElseThrow().note());
        // gone between the look and the read: the system's reason, not only the path the JDK gives
        java.io.IOException gone = new java.nio.file.NoSuchFileException(folder.resolve("gone.csv").toString());
        assertEquals("no such file", FileFacts.why(gone));
        assertEquals("no permission to read it", FileFacts.why(new java.nio.file.AccessDeniedException("/x/a.csv")));
        assertEquals("Input/output error", FileFacts.why(new java.nio.file.FileSystemException("/x/a.csv", null, "Input/output error")));
    }

    @Test
    void satisfactionScoresAreReadAsNumbersEveryTimeTheyRepeatAndWordsLeaveTheTicketWithoutAScoreSaidInTheNotes()
            throws Exception {
        StandardCsv csv = StandardCsv.create();
        String[] scores = {"4.5", "4.5", "满意", "5", "4.5", "", "满意", "1e0", " 3 ", "不满意"};
        for (int i = 0; i < scores.length; i++) {
            csv.line(String.join(",", "T05" + i, "2014-05-02 09:00:00", "", "龙华", "", "抱怨", "装维服务", "宽带修障超时", "", "",
                    "是", "处理中", "", "", scores[i], ""));
        }
        FileImportResult result = importer.importFile(csv.writeTo(folder.resolve("scores.csv")), ImportListener.NONE);

        // a survey's words are no score, but the complaint is no less a complaint: stored, counted, said
        assertEquals(new ImportCounts(10, 10, 0, 0, 0), result.counts());
        assertEquals(List.of(), RejectedRowsProbe.describe(store.file()));
        assertTrue(result.message().contains("3 rows had a satisfaction that is no number (满意 ×2, 不满意 ×1): stored"
                + " without a score"), result.message());
        assertEquals(List.of("T050=4.5", "T051=4.5", "T052=null", "T053=5.0", "T054=4.5", "T055=null", "T056=null", "T057=1.0",
                "T058=3.0", "T059=null"), storedSatisfactions());
    }

    @Test
    void ticketsWithoutATypeAndColumnsNothingReadAreSaidInTheNotes() throws Exception {
        // no 工单类型 column at all: every ticket is a complaint by the default, and the import says so
        Path noType = folder.resolve("no-type.csv");
        java.nio.file.Files.writeString(noType, "工单号,受理时间,区分公司,投诉大类,备注,\"处理\n意见\",,\"C1; X\",C2,C3,C4,C5,C6,C7\r\n"
                + "N1,2014-05-02 09:00:00,龙华,装维服务,a,b,,,,,,,,\r\nN2,2014-05-02 10:00:00,坪山,装维服务,a,b,,,,,,,,\r\n",
                java.nio.charset.StandardCharsets.UTF_8);
        FileImportResult result = importer.importFile(noType, ImportListener.NONE);
        assertEquals(new ImportCounts(2, 2, 0, 0, 0), result.counts(), result.message());
        assertEquals("2 rows had no ticket type (no column for it, or a blank cell): counted as complaints, the default — if"
                + " the file has a type column, name it in the profile; 9 columns not read: 备注, 处理 意见, C1;X, C2, C3, C4, C5,"
                + " C6 …", result.message());
        assertEquals(List.of(ImportNote.KIND_DEFAULTED, ImportNote.COLUMNS_NOT_READ),
                ImportNote.parse(result.message()).stream().map(ImportNote.Parsed::note).toList());

        // a type column with one blank cell: that one row is said; the standard layout leaves no column unread
        StandardCsv csv = StandardCsv.create();
        csv.line("K1,2014-05-03 09:00:00,,龙华,,,装维服务,宽带修障超时,,,是,处理中,,,,");
        csv.line("K2,2014-05-03 09:00:00,,龙华,,咨询,装维服务,宽带修障超时,,,是,处理中,,,,");
        FileImportResult blank = importer.importFile(csv.writeTo(folder.resolve("blank-type.csv")), ImportListener.NONE);
        assertEquals("1 row had no ticket type (no column for it, or a blank cell): counted as complaints, the default — if"
                + " the file has a type column, name it in the profile", blank.message());
        assertEquals(TicketKind.COMPLAINT, queries.byId("K1").orElseThrow().kind());
        assertEquals(TicketKind.CONSULTATION, queries.byId("K2").orElseThrow().kind());
    }

    @Test
    void theCommonChineseProfileReadsTheTicketTypeUnderItsUsualNames() throws Exception {
        Path file = folder.resolve("types.csv");
        java.nio.file.Files.write(file, ("工单编号,受理时间,区县,工单类别,投诉类别\r\nG1,2014/5/3 9:05,龙华区,投诉,费用争议\r\n"
                + "G2,2014/5/3 9:06,龙华区,咨询,费用争议\r\n").getBytes(java.nio.charset.Charset.forName("GBK")));
        FileImportResult result = importer.importFile(file, ImportListener.NONE);
        assertEquals(new ImportCounts(2, 2, 0, 0, 0), result.counts(), result.message());
        assertEquals("chinese-common", result.profile());
        assertEquals(TicketKind.COMPLAINT, queries.byId("G1").orElseThrow().kind());
        assertEquals(TicketKind.CONSULTATION, queries.byId("G2").orElseThrow().kind());
    }

    @Test
    void headersWrappedInTheirCellsOrMarkedAsRequiredAreStillTheStandardOnes() throws Exception {
        String header = StandardCsv.HEADER.replace("工单号", "工单号*").replace("受理时间", "\"受理\n时间\"")
                .replace("区分公司", "区分 公司");
        Path file = folder.resolve("wrapped.csv");
        java.nio.file.Files.writeString(file, header + "\r\nW1,2014-05-02 09:00:00,,龙华,,抱怨,装维服务,宽带修障超时,,,是,处理中,,,,\r\n",
                java.nio.charset.StandardCharsets.UTF_8);

        FileImportResult result = importer.importFile(file, ImportListener.NONE);

        assertEquals(new ImportCounts(1, 1, 0, 0, 0), result.counts(), result.message());
        assertEquals(LocalDateTime.of(2014, 5, 2, 9, 0), queries.byId("W1").orElseThrow().createdAt());
    }

    @Test
    void aProfilesValuesTurnSatisfactionWordsIntoScores() throws Exception {
        StandardCsv csv = StandardCsv.create();
        String[] words = {"满意", "不满意", "一般"};
        for (int i = 0; i < words.length; i++) {
            csv.line(String.join(",", "S0" + i, "2014-05-02 09:00:00", "", "龙华", "", "抱怨", "装维服务", "宽带修障超时", "", "",
                    "是", "处理中", "", "", words[i], ""));
        }
        Path file = csv.writeTo(folder.resolve("words.csv"));
        ProfileDraft draft = ProfileDraft.of(BuiltInProfiles.named("standard").orElseThrow(),
                List.of(StandardCsv.HEADER.split(",")));
        draft.name = "scores";
        draft.values.put(CanonicalField.SATISFACTION, java.util.Map.of("满意", "5", "不满意", "1"));

        FileImportResult result = importer.importFile(file, List.of(draft.toProfile()), ImportListener.NONE);

        assertEquals(new ImportCounts(3, 3, 0, 0, 0), result.counts());
        assertTrue(result.message().contains("1 row had a satisfaction that is no number (一般 ×1)"), result.message());
        assertEquals(List.of("S00=5.0", "S01=1.0", "S02=null"), storedSatisfactions());
    }

    /** "id=score" of every stored ticket, by id, as SQLite holds the score. */
    private List<String> storedSatisfactions() throws java.sql.SQLException {
        List<String> stored = new java.util.ArrayList<>();
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + store.file());
             java.sql.ResultSet rs = c.createStatement().executeQuery(
                     "SELECT ticket_id, satisfaction FROM ticket_row ORDER BY ticket_id")) {
            while (rs.next()) {
                stored.add(rs.getString(1) + "=" + rs.getObject(2));
            }
        }
        return stored;
    }

    @Test
    void aClosingTimeBeforeTheCreationIsRejectedToTheSecondAcrossMonthsAndYears() throws Exception {
        String[][] times = {{"2014-01-01 00:00:00", "2013-12-31 23:59:59"}, {"2014-01-01 00:00:00", "2014-01-01 00:00:00"},
            {"2013-12-31 23:59:59", "2014-01-01 00:00:00"}, {"2014-03-01 08:00:00", "2014-02-28 18:00:00"},
            {"2012-03-01 08:00:00", "2012-02-29 18:00:00"}, {"2012-02-29 18:00:00", "2012-03-01 08:00:00"}};
        StandardCsv csv = StandardCsv.create();
        for (int i = 0; i < times.length; i++) { // created, closed
            csv.ticket("T03" + i, times[i][0], times[i][1], "龙华", "装维服务", "宽带修障超时", "是", "已归档");
        }
        Path export = csv
                .writeTo(folder.resolve("closing-times.csv"));

        FileImportResult result = importer.importFile(export, ImportListener.NONE);

        assertEquals(new ImportCounts(6, 3, 0, 0, 3), result.counts());
        assertEquals(List.of("closing-times.csv|2|归档时间|", "closing-times.csv|5|归档时间|",
                        "closing-times.csv|6|归档时间|"),
                RejectedRowsProbe.describe(store.file()).stream().map(r -> r.substring(0, r.lastIndexOf('|') + 1)).toList());
    }

    /** Broken quoting is refused in plain words with the row it starts in, and nothing of the file is kept. */
    @Test
    void aBrokenQuoteRefusesTheFileNamingItsRow() throws Exception {
        importer.importFile(firstExport(), ImportListener.NONE);
        String good = "T040,2014-05-02 09:00:00,,龙华,龙华服务中心,抱怨,装维服务,宽带修障超时,10000号,,,处理中,王伟,13812345678,5,用户反映";
        Path unclosed = StandardCsv.create().line(good)
                .line("T041,2014-05-02 10:00:00,,龙华,龙华服务中心,抱怨,装维服务,\"宽带修障超时,10000号,,,处理中,王伟,138,5,x")
                .line(good.replace("T040", "T042"))
                .writeTo(folder.resolve("unclosed.csv"));
        Path textAfter = StandardCsv.create().line(good).line(good.replace("T040", "T043"))
                .line("T044,2014-05-02 10:00:00,,龙华,龙华服务中心,抱怨,装维服务,\"宽带\"修障超时,10000号,,,处理中,王伟,138,5,x")
                .writeTo(folder.resolve("text-after.csv"));

        FileImportResult first = importer.importFile(unclosed, ImportListener.NONE);
        FileImportResult second = importer.importFile(textAfter, ImportListener.NONE);

        assertEquals(SyncStatus.REFUSED, first.status());
        assertEquals(ImportNote.UNCLOSED_QUOTE.text("unclosed.csv", 3), first.message());
        assertEquals(SyncStatus.REFUSED, second.status());
        assertEquals(ImportNote.TEXT_AFTER_QUOTE.text("text-after.csv", 4), second.message());
        assertEquals(3, queries.count(TicketFilter.ALL), "the first export's tickets only");
    }

    @Test
    void aFileBeyondTheLimitsIsRefusedNamingRowAndColumnAndChangesNothing() throws Exception {
        importer.importFile(firstExport(), ImportListener.NONE);
        String good = "T050,2014-05-02 09:00:00,,龙华,龙华服务中心,抱怨,装维服务,宽带修障超时,10000号,,,处理中,王伟,138,5,x";
        Path wide = StandardCsv.create().line(good).line(good.replace("T050", "T051") + ",".repeat(1_000))
                .writeTo(folder.resolve("wide.csv"));
        Path longCell = StandardCsv.create().line(good).line(good.replace("T050", "T052")
                .replace("宽带修障超时", "长".repeat(40_000))).writeTo(folder.resolve("long.csv"));

        FileImportResult tooWide = importer.importFile(wide, ImportListener.NONE);
        FileImportResult tooLong = importer.importFile(longCell, ImportListener.NONE);

        assertEquals(SyncStatus.REFUSED, tooWide.status());
        assertEquals(ImportNote.TOO_MANY_COLUMNS.text("wide.csv", 3, "1,016", "1,000"), tooWide.message());
        assertEquals(SyncStatus.REFUSED, tooLong.status());
        assertEquals(ImportNote.CELL_TOO_LONG.text("long.csv", 3, 8, "40,000", "32,767"), tooLong.message());
        assertEquals(3, queries.count(TicketFilter.ALL), "the first export's tickets only");

        Path workbook = folder.resolve("区县.xlsx");
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
             var out = java.nio.file.Files.newOutputStream(workbook)) {
            var sheet = book.createSheet("龙华");
            sheet.createRow(0).createCell(0).setCellValue("工单号");
            var wideRow = sheet.createRow(1);
            for (int c = 0; c <= 1_000; c++) {
                wideRow.createCell(c).setCellValue("v" + c);
            }
            book.write(out);
        }
        FileImportResult wideSheet = importer.importFile(workbook, ImportListener.NONE);
        assertEquals(SyncStatus.REFUSED, wideSheet.status());
        assertEquals(ImportNote.TOO_MANY_COLUMNS_IN_SHEET.text("区县.xlsx", "龙华", 2, "1,001", "1,000"),
                wideSheet.message());
    }

    @Test
    void aFileWithoutARequiredColumnIsRefusedAndChangesNothing() throws Exception {
        importer.importFile(firstExport(), ImportListener.NONE);
        Path export = folder.resolve("no-id.csv");
        java.nio.file.Files.writeString(export, "编号,受理时间,区分公司\nA1,2014-05-01 10:00:00,龙华\n");

        FileImportResult result = importer.importFile(export, ImportListener.NONE);

        assertEquals(SyncStatus.REFUSED, result.status());
        assertTrue(result.message().contains("missing 工单号 (ticket_id)"), result.message());
        assertTrue(result.message().contains("Headers found: 编号, 受理时间, 区分公司"), result.message());
        assertEquals(3, queries.count(TicketFilter.ALL));
        assertEquals(SyncStatus.REFUSED, log.recent(1).get(0).status());
    }

    @Test
    void commonChineseSynonymsChooseTheChineseCommonProfile() throws Exception {
        Path export = folder.resolve("synonyms.csv");
        java.nio.file.Files.writeString(export, "工单编号,投诉时间,所属区域,投诉现象\nA1,2014-05-01 10:00:00,龙华区,宽带修障超时\n");

        FileImportResult result = importer.importFile(export, ImportListener.NONE);

        assertEquals(SyncStatus.DONE, result.status());
        assertEquals("chinese-common", result.profile());
        Ticket t = queries.byId("A1").orElseThrow();
        assertEquals("龙华", t.district());
        assertEquals("宽带修障超时", t.problem());
    }

    /** A ticket type read by its stem counts as its kind; one that is no kind is stored, not counted, and said. */
    @Test
    void ticketTypesOfOtherSystemsCountByTheirStemAndTheRestAreSaid() throws Exception {
        Path export = folder.resolve("kinds.csv");
        StringBuilder csv = new StringBuilder("工单号,受理时间,区分公司,工单类型,问题细类\n");
        String[] kinds = {"投诉工单", "越级投诉", "申告", "申告", "投诉建议", "咨询工单"};
        for (int i = 0; i < kinds.length; i++) {
            csv.append("K").append(i).append(",2014-05-03 09:05:00,龙华,").append(kinds[i]).append(",宽带修障超时\n");
        }
        java.nio.file.Files.writeString(export, csv);

        FileImportResult result = importer.importFile(export, ImportListener.NONE);

        assertEquals(new ImportCounts(6, 6, 0, 0, 0), result.counts(), "every row is stored");
        assertEquals(List.of(TicketKind.COMPLAINT, TicketKind.COMPLAINT, TicketKind.OTHER, TicketKind.OTHER, TicketKind.OTHER,
                TicketKind.CONSULTATION), java.util.stream.IntStream.range(0, 6)
                .mapToObj(i -> queries.byId("K" + i).orElseThrow().kind()).toList());
        assertTrue(result.message().contains(ImportNote.UNKNOWN_KINDS.text("3 rows", "申告 ×2, 投诉建议 ×1")), result.message());
    }

    /** The closing time and the first-contact flag under other systems' names: without them first-contact resolution has no value. */
    @Test
    void otherSystemsNamesOfTheClosingTimeAndTheFirstContactFlagAreRead() throws Exception {
        Path export = folder.resolve("other-names.csv");
        java.nio.file.Files.writeString(export, "投诉编号,登记时间,结单时间,所属区县,一级分类,投诉现象,是否一次解决,工单状态,来电号码,投诉描述\n"
                + "B1,2014-05-03 09:05:00,2014-05-03 12:00:00,龙华区,装维服务,宽带修障超时,是,已归档,13800000000,网速慢\n");

        FileImportResult result = importer.importFile(export, ImportListener.NONE);

        assertEquals("chinese-common", result.profile());
        assertEquals(new ImportCounts(1, 1, 0, 0, 0), result.counts());
        Ticket t = queries.byId("B1").orElseThrow();
        assertEquals(LocalDateTime.of(2014, 5, 3, 12, 0), t.closedAt());
        assertEquals(Boolean.TRUE, t.firstContactResolved());
        assertEquals("13800000000", t.subscriber());
        assertEquals("网速慢", t.description());
        assertEquals("装维服务", t.category());
    }

    @Test
    void anEmptyFileIsRefused() throws Exception {
        Path empty = folder.resolve("empty.csv");
        java.nio.file.Files.writeString(empty, "");

        FileImportResult result = importer.importFile(empty, ImportListener.NONE);

        assertEquals(SyncStatus.REFUSED, result.status());
        assertTrue(result.message().contains("empty"), result.message());
    }

    @Test
    void aCancelledImportKeepsNothingOfThatFile() throws Exception {
        StandardCsv csv = StandardCsv.create();
        for (int i = 0; i < 12_000; i++) {
            csv.ticket(String.format("C%05d", i), "2014-05-02 09:00:00", "", "龙华", "装维服务", "宽带修障超时", "", "处理中");
        }
        Path big = csv.writeTo(folder.resolve("big.csv"));
        ImportListener cancelAfterFirstProgress = new ImportListener() {
            private boolean seenProgress;

            @Override
            public void progress(ImportProgress progress) {
                seenProgress = true;
            }

            @Override
            public boolean cancelRequested() {
                return seenProgress;
            }
        };

        FileImportResult result = importer.importFile(big, cancelAfterFirstProgress);

        assertEquals(SyncStatus.CANCELLED, result.status());
        assertEquals(0, queries.count(TicketFilter.ALL));
        assertFalse(log.findImported(FileFacts.of(big).sha256()).isPresent(), "a cancelled file can be imported again");
        assertEquals(SyncStatus.DONE, importer.importFile(big, ImportListener.NONE).status());
        assertEquals(12_000, queries.count(TicketFilter.ALL));
    }

    @Test
    void aProfilesValueMapDecidesTheStatusAndKeepsTheWordAsExported() throws Exception {
        Path profileFile = folder.resolve("status-words.json");
        java.nio.file.Files.writeString(profileFile, """
                {"name": "status-words",
                 "columns": {"ticket_id": ["编号"], "created_at": ["时间"], "district": ["区域"], "status": ["状态"]},
                 "values": {"status": {"Ticket done": "closed"}}}""");
        Path csv = java.nio.file.Files.writeString(folder.resolve("statuses.csv"), String.join("\n",
                "编号,时间,区域,状态",
                "S1,2014-05-02 10:00:00,龙华,Ticket done",
                "S2,2014-05-02 11:00:00,龙华,Closed with explanation",
                "S3,2014-05-02 12:00:00,龙华,In progress", ""));
        var profile = ProfileJson.read(profileFile);
        FileImportResult result = importer.importFile(csv, java.util.List.of(profile), ImportListener.NONE);
        assertEquals(3, result.counts().inserted(), result.toString());
        var tickets = new org.rectify.store.TicketQueries(store);
        var s1 = tickets.byId("S1").orElseThrow();
        assertEquals(org.rectify.domain.TicketStatus.CLOSED, s1.status());
        assertEquals("Ticket done", s1.statusRaw(), "the word as exported is kept");
        assertEquals(org.rectify.domain.TicketStatus.CLOSED, tickets.byId("S2").orElseThrow().status());
        assertEquals(org.rectify.domain.TicketStatus.OPEN, tickets.byId("S3").orElseThrow().status());
    }

    @Test
    void aWorkbooksSummarySheetIsSkippedAndSaidSo() throws Exception {
        Path file = folder.resolve("by-district.xlsx");
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            String[] header = org.rectify.testing.StandardCsv.HEADER.split(",");
            String[][] sheets = {{"汇总", "T1:龙华", "T2:坪山"}, {"龙华", "T1:龙华"}, {"坪山", "T2:坪山"}};
            for (String[] sheet : sheets) {
                var s = wb.createSheet(sheet[0]);
                var h = s.createRow(0);
                for (int c = 0; c < header.length; c++) {
                    h.createCell(c).setCellValue(header[c]);
                }
                for (int r = 1; r < sheet.length; r++) {
                    String[] idAndDistrict = sheet[r].split(":");
                    var row = s.createRow(r);
                    row.createCell(0).setCellValue(idAndDistrict[0]);
                    row.createCell(1).setCellValue("2014-05-02 10:00:00");
                    // the summary's district column holds the sheet's name, as the real exports' did
                    row.createCell(3).setCellValue(sheet[0].equals("汇总") ? "汇总" : idAndDistrict[1]);
                    row.createCell(5).setCellValue("抱怨");
                    row.createCell(11).setCellValue("处理中");
                }
            }
            try (var out = java.nio.file.Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        FileImportResult result = importer.importFile(file, ImportListener.NONE);
        assertEquals(2, result.counts().inserted(), result.toString());
        assertEquals(2, result.counts().read(), "the summary's rows are not read as tickets");
        assertTrue(result.message().contains("sheet 汇总 skipped (3 non-empty rows, its header included): it looks like a summary"), result.message());
        var tickets = new org.rectify.store.TicketQueries(store);
        assertEquals("龙华", tickets.byId("T1").orElseThrow().district());
        assertEquals("坪山", tickets.byId("T2").orElseThrow().district());
    }

    @Test
    void aBlankRequiredFieldTakesTheProfilesDefaultCountedAndSaid() throws Exception {
        Path profileFile = folder.resolve("defaults.json");
        java.nio.file.Files.writeString(profileFile, """
                {"name": "with-defaults",
                 "columns": {"ticket_id": ["编号"], "created_at": ["时间"], "district": ["State"]},
                 "defaults": {"district": "未知"}}""");
        Path csv = java.nio.file.Files.writeString(folder.resolve("blanks.csv"), String.join("\n",
                "编号,时间,State",
                "D1,2014-05-02 10:00:00,TX",
                "D2,2014-05-02 11:00:00,",
                "D3,2014-05-02 12:00:00,  ", ""));
        ImportProfile profile = ProfileJson.read(profileFile);
        assertEquals("未知", ProfileJson.read(java.nio.file.Files.writeString(folder.resolve("again.json"),
                ProfileJson.write(profile, java.util.Map.of()))).defaults().get(CanonicalField.DISTRICT), "written and read back");
        FileImportResult result = importer.importFile(csv, java.util.List.of(profile), ImportListener.NONE);
        assertEquals(3, result.counts().inserted(), result.toString());
        assertEquals(0, result.counts().rejected());
        assertTrue(result.message().contains("2 rows had a blank district and took the profile's default '未知'"),
                result.message());
        var tickets = new org.rectify.store.TicketQueries(store);
        assertEquals("未知", tickets.byId("D2").orElseThrow().district());
        assertEquals("TX", tickets.byId("D1").orElseThrow().district());
    }
}
