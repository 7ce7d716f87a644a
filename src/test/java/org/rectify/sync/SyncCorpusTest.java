package org.rectify.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rectify.app.TestCli;
import org.rectify.domain.Ticket;
import org.rectify.store.Store;
import org.rectify.store.TicketQueries;

/**
 * The corpus of awkward and broken exports in src/test/resources/corpus, each imported through
 * the command line: exit code, message and what the store holds afterwards.
 */
class SyncCorpusTest {

    private static final Path CORPUS = Path.of("src/test/resources/corpus");
    private static final Path PROFILES = Path.of("src/test/resources/profiles");

    @TempDir
    Path folder;

    private TestCli.Outcome importFile(String file, String... options) {
        String[] args = new String[4 + options.length];
        args[0] = "--data";
        args[1] = folder.toString();
        args[2] = "import";
        System.arraycopy(options, 0, args, 3, options.length);
        args[args.length - 1] = CORPUS.resolve(file).toString();
        return TestCli.run(args);
    }

    private Ticket ticket(String id) {
        try (Store store = Store.open(folder)) {
            return new TicketQueries(store).byId(id).orElseThrow(() -> new AssertionError("no ticket " + id));
        }
    }

    private long count(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("rectify.db"));
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.getLong(1);
        }
    }

    @Test
    void gbkCsvIsReadAsChinese() {
        TestCli.Outcome outcome = importFile("gbk.csv");
        assertEquals(0, outcome.exit(), outcome.toString());
        assertEquals("宽带修障超时", ticket("G001").problem());
        assertEquals("坪山", ticket("G002").district());
    }

    @Test
    void utf8WithBomKeepsItsFirstHeader() {
        assertEquals(0, importFile("utf8-bom.csv").exit());
        assertEquals(LocalDateTime.of(2014, 5, 2, 9, 15), ticket("G001").createdAt());
    }

    @Test
    void semicolonCsvWithAQuotedMultiLineCell() {
        assertEquals(0, importFile("semicolon.csv").exit());
        assertEquals("用户反映：\n预约两次未上门；要求赔偿", ticket("G004").description());
    }

    @Test
    void junkLinesAboveTheHeaderAreSkippedAndRowsKeepTheirFileNumbers() throws SQLException {
        TestCli.Outcome outcome = importFile("junk-above-header.csv");
        assertEquals(0, outcome.exit(), outcome.toString());
        assertTrue(outcome.out().contains("2 rows read, 2 inserted"), outcome.out());
        assertEquals(2, count("SELECT count(*) FROM ticket"));
    }

    @Test
    void oldXlsWithDateCellsAndNumericPhoneNumbers() {
        assertEquals(0, importFile("old.xls").exit());
        Ticket t = ticket("G001");
        assertEquals(LocalDateTime.of(2014, 5, 2, 17, 0), t.closedAt());
        assertEquals("13812345678", t.subscriber());
        assertEquals("075523456789", ticket("G003").subscriber());
    }

    @Test
    void multiSheetXlsxTakesTheDistrictFromTheSheetNameAndSkipsTheNotesSheet() throws SQLException {
        TestCli.Outcome outcome = importFile("districts-by-sheet.xlsx", "--profile",
                PROFILES.resolve("districts-by-sheet.json").toString());
        assertEquals(0, outcome.exit(), outcome.toString());
        assertTrue(outcome.out().contains("sheet 说明 skipped: no header row"), outcome.out());
        assertEquals(3, count("SELECT count(*) FROM ticket WHERE district = '龙华'"));
        assertEquals(3, count("SELECT count(*) FROM ticket WHERE district = '坪山'"));
        assertEquals(Boolean.FALSE, ticket("PS2").firstContactResolved());
    }

    @Test
    void withoutTheSheetProfileTheWorkbookIsRefusedNamingTheMissingDistrict() throws SQLException {
        TestCli.Outcome outcome = importFile("districts-by-sheet.xlsx");
        assertEquals(3, outcome.exit());
        assertTrue(outcome.err().contains("sheet 龙华: no header row"), outcome.err());
        assertTrue(outcome.err().contains("missing 区分公司 (district)"), outcome.err());
        assertEquals(0, count("SELECT count(*) FROM ticket"));
    }

    @Test
    void dateCellsSerialNumbersAndTextDatesInOneColumn() {
        assertEquals(0, importFile("mixed-dates.xlsx").exit());
        assertEquals(LocalDateTime.of(2014, 5, 2, 9, 15), ticket("M1").createdAt());
        assertEquals(LocalDateTime.of(2014, 5, 3, 12, 0), ticket("M2").createdAt());
        assertEquals(LocalDateTime.of(2014, 5, 4, 8, 5), ticket("M3").createdAt());
        assertEquals("13812345678", ticket("M1").subscriber());
    }

    @Test
    void formulaCellsGiveTheirCachedValues() {
        assertEquals(0, importFile("formulas.xlsx").exit());
        Ticket t = ticket("F2");
        assertEquals(LocalDateTime.of(2014, 5, 2, 8, 0), t.closedAt());
        assertEquals("龙华", t.district());
        assertEquals("F3", ticket("F3").ticketId());
    }

    @Test
    void aDuplicateIdInOneFileIsRejectedNotMerged() throws SQLException {
        TestCli.Outcome outcome = importFile("duplicate-ids.csv");
        assertEquals(4, outcome.exit(), outcome.toString());
        assertTrue(outcome.out().contains("3 rows read, 2 inserted, 0 updated, 0 unchanged, 1 rejected"), outcome.out());
        assertEquals(2, count("SELECT count(*) FROM ticket"));
        assertNull(ticket("G002").firstContactResolved(), "the first row of G002 is the one kept");
        assertEquals(1, count("SELECT count(*) FROM rejected_row WHERE row_number = 4"
                + " AND reason LIKE 'duplicate id in this file: ticket G002 was read before at row 2 (kept)%'"));
    }

    @Test
    void aMissingRequiredColumnIsRefusedWithTheHeadersFound() throws SQLException {
        TestCli.Outcome outcome = importFile("missing-column.csv");
        assertEquals(3, outcome.exit());
        assertTrue(outcome.err().contains("missing 受理时间 (created_at)"), outcome.err());
        assertTrue(outcome.err().contains("Headers found: 工单号, 归档时间, 区分公司"), outcome.err());
        assertEquals(0, count("SELECT count(*) FROM ticket"));
        assertEquals(1, count("SELECT count(*) FROM sync_run WHERE status = 'refused'"));
    }

    @Test
    void randomBytesAreRefusedWithoutPrintingThem() {
        TestCli.Outcome outcome = importFile("random.csv");
        assertEquals(3, outcome.exit());
        assertTrue(outcome.err().contains("random.csv: does not look like a text export"), outcome.err());
        assertFalse(outcome.err().contains("\uFFFD"));
    }

    @Test
    void anEmptyFileIsRefused() {
        TestCli.Outcome outcome = importFile("empty.csv");
        assertEquals(3, outcome.exit());
        assertTrue(outcome.err().contains("empty.csv: the file is empty"), outcome.err());
    }

    @Test
    void aTruncatedXlsxIsRefused() throws SQLException {
        TestCli.Outcome outcome = importFile("truncated.xlsx");
        assertEquals(3, outcome.exit());
        assertTrue(outcome.err().contains("truncated.xlsx: not a readable XLSX workbook"), outcome.err());
        assertEquals(0, count("SELECT count(*) FROM ticket"));
    }

    @Test
    void aZipBombIsRefused() throws SQLException {
        TestCli.Outcome outcome = importFile("zip-bomb.xlsx");
        assertEquals(3, outcome.exit());
        assertTrue(outcome.err().contains("zip-bomb.xlsx: refused as a probable zip bomb"), outcome.err());
        assertEquals(0, count("SELECT count(*) FROM ticket"));
    }

    @Test
    void aTwoHundredKilobyteCellRefusesTheWholeFile() throws SQLException {
        TestCli.Outcome outcome = importFile("huge-cell.csv");
        assertEquals(3, outcome.exit());
        assertTrue(outcome.err().contains("huge-cell.csv, row 3, column 16: a cell of 204,800 characters"), outcome.err());
        assertEquals(0, count("SELECT count(*) FROM ticket"), "the row before the huge cell was rolled back too");
    }

    @Test
    void aFileWithoutTicketNumbersGetsStableHashedIdsFilteredAndJoined() throws SQLException {
        String profile = PROFILES.resolve("filter-joined-no-id.json").toString();
        TestCli.Outcome outcome = importFile("filter-joined-no-id.csv", "--profile", profile);
        // the last two rows are the same contact: one hashed id, so the second is a duplicate of the first
        assertEquals(4, outcome.exit(), outcome.toString());
        assertTrue(outcome.out().contains("5 rows read, 3 inserted, 0 updated, 0 unchanged, 1 rejected"), outcome.out());
        assertTrue(outcome.out().contains("1 rows left out by the profile's filter"), outcome.out());
        assertEquals(0, count("SELECT count(*) FROM ticket WHERE problem = '套餐变更失败'"));
        assertEquals(1, count("SELECT count(*) FROM ticket WHERE created_at = '2014-05-02 09:15:00' AND district = '龙华'"
                + " AND first_contact_resolved = 1 AND category = '装维服务' AND ticket_id LIKE 'H%'"));
        assertEquals(1, count("SELECT count(*) FROM ticket WHERE created_at = '2014-05-03 08:05:00'"
                + " AND first_contact_resolved IS NULL"));
    }

    @Test
    void nyc311ImportsWithItsProfileChosenAutomatically() throws SQLException {
        TestCli.Outcome outcome = importFile("nyc311-2013-12-25.csv");
        // One request was closed before it was created: kept aside, exit 4.
        assertEquals(4, outcome.exit(), outcome.toString());
        assertTrue(outcome.out().contains("2,386 rows read, 2,385 inserted, 0 updated, 0 unchanged, 1 rejected"), outcome.out());
        assertTrue(outcome.out().contains("profile nyc311"), outcome.out());
        // Counted independently of the app (Python's csv module over the same file).
        Map<String, Long> boroughs = new LinkedHashMap<>();
        boroughs.put("BROOKLYN", 720L);
        boroughs.put("BRONX", 609L);
        boroughs.put("MANHATTAN", 520L);
        boroughs.put("QUEENS", 435L);
        boroughs.put("STATEN ISLAND", 63L);
        boroughs.put("Unspecified", 38L);
        for (Map.Entry<String, Long> b : boroughs.entrySet()) {
            assertEquals(b.getValue(), count("SELECT count(*) FROM ticket WHERE district = '" + b.getKey() + "'"), b.getKey());
        }
        assertEquals(1201, count("SELECT count(*) FROM ticket WHERE category = 'HEATING'"));
        assertEquals(162, count("SELECT count(*) FROM ticket WHERE category = 'Street Condition'"));
        assertEquals(155, count("SELECT count(*) FROM ticket WHERE category = 'Blocked Driveway'"));
        assertEquals(2302, count("SELECT count(*) FROM ticket WHERE status = 'closed'"));
        assertEquals(1, count("SELECT count(*) FROM rejected_row WHERE row_number > 1 AND column_name = 'Closed Date'"
                + " AND raw_values LIKE '%26984786%'"));
        Ticket first = ticket("26984072");
        assertEquals(LocalDateTime.of(2013, 12, 25, 23, 59, 8), first.createdAt());
        assertEquals("No Access", first.problem());
        assertNull(ticket("26996604").closedAt());
    }
}
