package org.rectify.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.HexFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rectify.domain.ImportCounts;
import org.rectify.domain.SyncRun;
import org.rectify.domain.SyncStatus;
import org.rectify.domain.TicketFilter;
import org.rectify.testing.StandardCsv;

/**
 * A large text file of a size no earlier import had is hashed as its rows are read, not in a pass of
 * its own first: the hash logged must still be the whole file's, a file seen before must still be
 * skipped, and a file that stops being UTF-8 after its head must still be read as GB18030.
 */
class HashWhileReadingTest {

    @TempDir
    Path folder;

    private ImportFixture data;

    @BeforeEach
    void open() {
        data = ImportFixture.in(folder.resolve("data"));
    }

    @AfterEach
    void close() {
        data.close();
    }

    /** {@code rows} complaints in the standard layout, well past the head that is read first. */
    private Path export(String name, int rows, String idPrefix) throws Exception {
        StandardCsv csv = StandardCsv.create();
        for (int i = 0; i < rows; i++) {
            csv.ticket(String.format("%s%05d", idPrefix, i), "2014-05-02 09:00:00", "2014-05-03 10:00:00", "龙华",
                    "装维服务", "宽带修障超时", "是", "已归档");
        }
        Path file = csv.writeTo(folder.resolve(name));
        assertTrue(Files.size(file) > 2 * FileFacts.HEAD_BYTES, "the file must be larger than the head");
        return file;
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    private SyncRun lastRun() {
        return data.log().recent(1).get(0);
    }

    @Test
    void theHashReadWithTheRowsIsTheWholeFilesAndTheSameFileIsSkippedLater() throws Exception {
        Path export = export("week-48.csv", 3_000, "H");
        assertFalse(data.importer().alreadyImported(export));

        assertEquals(SyncStatus.DONE, data.importer().importFile(export, ImportListener.NONE).status());
        assertEquals(sha256(export), lastRun().contentHash());
        assertTrue(data.importer().alreadyImported(export));

        Path renamed = Files.copy(export, folder.resolve("week-48 (copy).csv"));
        FileImportResult again = data.importer().importFile(renamed, ImportListener.NONE);
        assertEquals(SyncStatus.SKIPPED, again.status(), again.message());
        assertEquals(SyncStatus.SKIPPED, data.importer().importFile(export, ImportListener.NONE).status());
        assertEquals(3_000, data.queries().count(TicketFilter.ALL));
    }

    @Test
    void aFileOfTheSameSizeWithOtherContentIsImported() throws Exception {
        data.importer().importFile(export("a.csv", 3_000, "A"), ImportListener.NONE);
        Path sameSize = export("b.csv", 3_000, "B");

        FileImportResult result = data.importer().importFile(sameSize, ImportListener.NONE);

        assertEquals(SyncStatus.DONE, result.status(), result.message());
        assertEquals(new ImportCounts(3_000, 3_000, 0, 0, 0), result.counts());
        assertEquals(sha256(sameSize), lastRun().contentHash());
    }

    @Test
    void aRunLoggedWithoutASizeStillHasItsFileRecognised() throws Exception {
        Path export = export("old.csv", 3_000, "O");
        data.importer().importFile(export, ImportListener.NONE);
        // runs logged before version 17 have no size
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("data/rectify.db"));
             Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE sync_run SET file_size = NULL");
        }
        Path renamed = Files.copy(export, folder.resolve("old (copy).csv"));

        assertTrue(data.importer().alreadyImported(renamed));
        assertEquals(SyncStatus.SKIPPED, data.importer().importFile(renamed, ImportListener.NONE).status());
    }

    @Test
    void aByteOrderMarkIsPartOfTheHash() throws Exception {
        Path plain = export("plain.csv", 3_000, "M");
        Path marked = folder.resolve("marked.csv");
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        Files.write(marked, concat(bom, Files.readAllBytes(plain)));

        assertEquals(SyncStatus.DONE, data.importer().importFile(marked, ImportListener.NONE).status());

        assertEquals(sha256(marked), lastRun().contentHash());
        assertEquals(3_000, data.queries().count(TicketFilter.ALL));
    }

    @Test
    void aFileThatIsUtf8InItsHeadOnlyIsReadAgainAsGb18030() throws Exception {
        // an English layout: its head is plain ASCII, valid UTF-8; Chinese problem names in GBK come later
        StringBuilder text = new StringBuilder(
                "Unique Key,Created Date,Closed Date,Borough,Complaint Type,Descriptor,Agency,Status,Incident Address\r\n");
        int ascii = 1_500;
        for (int i = 0; i < ascii; i++) {
            text.append(String.format("%d,12/25/2013 09:00:00 AM,12/26/2013 10:00:00 AM,BROOKLYN,Noise,Loud Music,NYPD,"
                    + "Closed,%d MAIN STREET%n", 1000 + i, i));
        }
        text.append("9001,12/25/2013 11:00:00 AM,,QUEENS,Broadband,宽带修障超时,TEL,Open,龙华大道1号\r\n");
        text.append("9002,12/25/2013 11:30:00 AM,,QUEENS,Broadband,流量费用异常,TEL,Open,坪山大道2号\r\n");
        Path gbk = folder.resolve("gbk-after-head.csv");
        Files.write(gbk, text.toString().getBytes(Charset.forName("GB18030")));
        assertTrue(Files.size(gbk) > 2 * FileFacts.HEAD_BYTES);

        FileImportResult result = data.importer().importFile(gbk, ImportListener.NONE);

        assertEquals(SyncStatus.DONE, result.status(), result.message());
        assertEquals(new ImportCounts(ascii + 2, ascii + 2, 0, 0, 0), result.counts(), "read once, nothing twice");
        assertEquals("宽带修障超时", data.queries().byId("9001").orElseThrow().problem());
        assertEquals("坪山大道2号", data.queries().byId("9002").orElseThrow().description());
        assertEquals(sha256(gbk), lastRun().contentHash());
        assertEquals(1, data.log().recent(10).size(), "the first, UTF-8 attempt left no run behind");
    }

    @Test
    void aCancelledImportLogsTheWholeFilesHash() throws Exception {
        Path export = export("cancelled.csv", 3_000, "C");
        ImportListener cancelAtOnce = new ImportListener() {
            @Override
            public boolean cancelRequested() {
                return true;
            }
        };

        assertEquals(SyncStatus.CANCELLED, data.importer().importFile(export, cancelAtOnce).status());

        assertEquals(sha256(export), lastRun().contentHash());
        assertEquals(0, data.queries().count(TicketFilter.ALL));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = new byte[a.length + b.length];
        System.arraycopy(a, 0, both, 0, a.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
