package org.rectify.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rectify.sync.ProfileJson;
import org.rectify.testing.StandardCsv;

class SyncCommandsTest {

    private static final Path CORPUS = Path.of("src/test/resources/corpus");

    @TempDir
    Path folder;

    private String data() {
        return folder.resolve("data").toString();
    }

    @Test
    void syncLogListsEveryRunWithProfileCountsAndStatus() {
        TestCli.run("--data", data(), "import", CORPUS.resolve("gbk.csv").toString());
        TestCli.run("--data", data(), "import", CORPUS.resolve("gbk.csv").toString());
        TestCli.run("--data", data(), "import", CORPUS.resolve("missing-column.csv").toString());

        TestCli.Outcome log = TestCli.run("--data", data(), "sync-log");

        assertEquals(0, log.exit());
        List<String> lines = log.out().lines().toList();
        assertEquals(4, lines.size(), log.out());
        assertTrue(lines.get(1).contains("refused") && lines.get(1).contains("missing-column.csv"), lines.get(1));
        assertTrue(lines.get(2).contains("skipped") && lines.get(2).contains("already imported"), lines.get(2));
        assertTrue(lines.get(3).matches(".*done\\s+standard\\s+3\\s+3\\s+0\\s+0\\s+0 .*gbk\\.csv"), lines.get(3));
    }

    @Test
    void rejectedRowsExportWithFileRowColumnReasonAndRawValues() throws Exception {
        Path export = StandardCsv.create()
                .ticket("T1", "2014-05-02 09:15:00", "", "龙华", "装维服务", "宽带修障超时", "", "处理中")
                .ticket("T2", "someday", "", "龙华", "装维服务", "宽带修障超时", "", "处理中")
                .writeTo(folder.resolve("mixed.csv"));
        assertEquals(4, TestCli.run("--data", data(), "import", export.toString()).exit());
        Path out = folder.resolve("rejected.csv");

        TestCli.Outcome outcome = TestCli.run("--data", data(), "rejected", "--run", "1", "--out", out.toString());

        assertEquals(0, outcome.exit(), outcome.toString());
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertEquals("\uFEFFrun,file,sheet,row,column,reason,raw values…", lines.get(0));
        assertTrue(lines.get(1).startsWith("1,mixed.csv,,3,受理时间,creation time 'someday' is not a date-time,T2,someday,"),
                lines.get(1));
        assertEquals(2, lines.size());

        // a run the log does not have is a usage error, and no file is written
        Path none = folder.resolve("none.csv");
        TestCli.Outcome unknown = TestCli.run("--data", data(), "rejected", "--run", "99", "--out", none.toString());
        assertEquals(2, unknown.exit(), unknown.toString());
        assertEquals("no import run 99 in the log (see sync-log); nothing was written", unknown.err().strip());
        assertFalse(Files.exists(none));
    }

    @Test
    void syncImportsNewFilesOfAFolderOnceAndRemembersIt() throws Exception {
        Path exports = Files.createDirectories(folder.resolve("exports"));
        Files.copy(CORPUS.resolve("gbk.csv"), exports.resolve("a.csv"));
        Files.copy(CORPUS.resolve("mixed-dates.xlsx"), exports.resolve("b.xlsx"));
        Files.writeString(exports.resolve("notes.docx"), "not an export");
        Files.writeString(exports.resolve("~$b.xlsx"), "excel lock file");

        TestCli.Outcome first = TestCli.run("--data", data(), "sync", exports.toString(), "--remember");
        assertEquals(0, first.exit(), first.toString());
        assertTrue(first.out().contains("a.csv: 3 rows read, 3 inserted"), first.out());
        assertTrue(first.out().contains("b.xlsx: 3 rows read, 3 inserted"), first.out());

        Files.copy(CORPUS.resolve("utf8-bom.csv"), exports.resolve("c.csv"));
        TestCli.Outcome second = TestCli.run("--data", data(), "sync");
        assertEquals(0, second.exit(), second.toString());
        assertTrue(second.out().contains("c.csv: 3 rows read, 0 inserted, 0 updated, 3 unchanged"), second.out());
        assertTrue(!second.out().contains("a.csv"), "known files pass silently: " + second.out());

        TestCli.Outcome log = TestCli.run("--data", data(), "sync-log");
        assertEquals(4, log.out().lines().count(), "no skip entries for known files: " + log.out());
    }

    @Test
    void profileSuggestGuessesFieldsAndWritesAProfileThatLoads() throws Exception {
        TestCli.Outcome outcome = TestCli.run("profile", "suggest", CORPUS.resolve("filter-joined-no-id.csv").toString());

        assertEquals(0, outcome.exit(), outcome.toString());
        assertTrue(outcome.out().contains("\"header\": \"联系电话\",\n      \"field\": \"subscriber\""), outcome.out());
        assertTrue(outcome.out().contains("\"13812345678\""), outcome.out());
        assertTrue(outcome.err().contains("Still to map by hand: ticket_id"), outcome.err());
        var profile = ProfileJson.parse(outcome.out(), "suggested");
        assertEquals("filter-joined-no-id-profile", profile.name());
        assertEquals(1, profile.headerRow());
    }

    @Test
    void anUnknownProfileIsAUsageError() {
        TestCli.Outcome outcome = TestCli.run("--data", data(), "import", "--profile", "nope", CORPUS.resolve("gbk.csv").toString());
        assertEquals(2, outcome.exit());
        assertTrue(outcome.err().contains("No profile named nope"), outcome.err());
        assertTrue(outcome.err().contains("standard, chinese-common, nyc311"), outcome.err());
    }
}
