package org.rectify.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rectify.domain.TicketFilter;
import org.rectify.store.Store;
import org.rectify.store.StoreCheck;
import org.rectify.store.TicketQueries;
import org.rectify.testing.StandardCsv;

/** kill -9 in the middle of a file's import leaves the store as it was before that file. */
class KillMidImportTest {

    @TempDir
    Path folder;

    @Test
    void aKilledImportLeavesTheStoreAsItWas() throws Exception {
        Path data = folder.resolve("data");
        Path small = StandardCsv.create()
                .ticket("K1", "2014-05-02 09:15:00", "", "龙华", "装维服务", "宽带修障超时", "", "处理中")
                .writeTo(folder.resolve("small.csv"));
        assertEquals(0, TestCli.run("--data", data.toString(), "import", small.toString()).exit());
        Path big = folder.resolve("big.csv");
        try (BufferedWriter out = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
            out.write(StandardCsv.HEADER + "\n");
            for (int i = 0; i < 400_000; i++) {
                out.write("B" + i + ",2014-05-02 09:15:00,,龙华,民治服务中心,抱怨,装维服务,宽带修障超时,10000号,,是,已归档,王伟,"
                        + "13812345678,5,用户反映宽带修障超时，多次联系未果，要求尽快处理\n");
            }
        }

        Process importer = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.rectify.app.Main",
                "--data", data.toString(), "import", big.toString())
                .redirectErrorStream(true).redirectOutput(folder.resolve("import.out").toFile()).start();
        Path wal = data.resolve("rectify.db-wal");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (importer.isAlive() && sizeOf(wal) < 8_000_000 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(importer.isAlive(), "the import must still be running when it is killed");
        importer.destroyForcibly(); // SIGKILL: no shutdown hooks, no rollback by us
        importer.waitFor();

        try (Store store = Store.open(data)) {
            assertEquals(1, new TicketQueries(store).count(TicketFilter.ALL));
            StoreCheck.Result check = new StoreCheck(store).run();
            assertTrue(check.ok(), check.problems().toString());
            assertEquals(1L, check.counts().get("sync_runs"), "no trace of the killed file in the log");
            assertEquals(0L, check.counts().get("rejected_rows"));
        }
        TestCli.Outcome again = TestCli.run("--data", data.toString(), "import", big.toString());
        assertEquals(0, again.exit(), again.toString());
        assertTrue(again.out().contains("400,000 rows read, 400,000 inserted"), again.out());
    }

    /** The file's size, 0 while it does not exist (the WAL comes and goes with the connection). */
    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (java.io.IOException e) {
            return 0;
        }
    }
}
