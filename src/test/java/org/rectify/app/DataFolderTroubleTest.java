package org.rectify.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rectify.store.DataFolder;
import org.rectify.testing.StandardCsv;

/**
 * A data folder that cannot be written, or a disk that fills up: the command says so naming the folder and what to do, with
 * no stack trace, and the store in it stays as it was. Root ignores file permissions, so as root the
 * folder is made read-only by a read-only bind mount in a mount namespace of its own (unshare -m).
 */
class DataFolderTroubleTest {

    @TempDir
    Path folder;

    @Test
    void aReadOnlyDataFolderGetsAClearMessageAndNothingWritten() throws Exception {
        Path data = folder.resolve("data");
        Path file = StandardCsv.create()
                .ticket("R1", "2014-05-02 09:15:00", "", "龙华", "装维服务", "宽带修障超时", "", "处理中")
                .writeTo(folder.resolve("r.csv"));
        assertEquals(0, TestCli.run("--data", data.toString(), "import", file.toString()).exit());
        Files.deleteIfExists(data.resolve("rectify.lock"));
        byte[] before = Files.readAllBytes(data.resolve(DataFolder.STORE_FILE));

        List<String> command = new ArrayList<>();
        boolean root = "root".equals(System.getProperty("user.name"));
        if (root) {
            command.addAll(List.of("unshare", "-m", "sh", "-c",
                    "mount --bind \"$0\" \"$0\" && mount -o remount,bind,ro \"$0\" && exec \"$@\"", data.toString()));
        } else {
            Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("r-xr-xr-x"));
        }
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.rectify.app.Main",
                "--data", data.toString(), "import", file.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        if (!root) {
            Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));
        }

        assertEquals(1, process.exitValue(), output);
        assertTrue(output.contains("The data folder " + data + " cannot be written"), output);
        assertTrue(output.contains("--data DIR or RECTIFY_HOME"), "says what to do: " + output);
        assertFalse(output.contains("\tat "), "no stack trace: " + output);
        assertArrayEquals(before, Files.readAllBytes(data.resolve(DataFolder.STORE_FILE)), "the store stays as it was");
    }

    /**
     * A disk that fills up in the middle of an import: the file's transaction is undone, the message says
     * the disk is full, and the store keeps the tickets it had. The small disk is a 12 MB tmpfs (an empty
     * store takes 2.6 MB: 41 pages of 64 KiB) mounted in a mount namespace of the child process's own
     * (needs root).
     */
    @Test
    void aFullDiskUndoesTheFileAndSaysSo() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue("root".equals(System.getProperty("user.name")),
                "mounting a small disk needs root");
        Path data = folder.resolve("small-disk");
        Files.createDirectories(data);
        Path small = StandardCsv.create()
                .ticket("D1", "2014-05-02 09:15:00", "", "龙华", "装维服务", "宽带修障超时", "", "处理中")
                .writeTo(folder.resolve("d.csv"));
        Path big = folder.resolve("big.csv");
        try (java.io.BufferedWriter out = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
            out.write(StandardCsv.HEADER + "\n");
            for (int i = 0; i < 100_000; i++) {
                out.write("F" + i + ",2014-05-02 09:15:00,,龙华,民治服务中心,抱怨,装维服务,宽带修障超时,10000号,,是,已归档,王伟,"
                        + "13812345678,5,用户反映宽带修障超时，多次联系未果，要求尽快处理\n");
            }
        }
        String javaCommand = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String main = "org.rectify.app.Main";
        String cp = System.getProperty("java.class.path");
        // both imports in one namespace: the small disk holds the first file's store, the second fills it
        String script = "mount -t tmpfs -o size=12m tmpfs \"$0\" && \"$1\" -cp \"$2\" " + main + " --data \"$0\" import \"$3\""
                + " && \"$1\" -cp \"$2\" " + main + " --data \"$0\" import \"$4\"; echo \"exit=$?\";"
                + " \"$1\" -cp \"$2\" " + main + " --data \"$0\" check";
        Process process = new ProcessBuilder("unshare", "-m", "sh", "-c", script, data.toString(), javaCommand, cp,
                small.toString(), big.toString()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS));

        assertTrue(output.contains("exit=1"), "the import of the big file fails: " + output);
        assertTrue(output.toLowerCase(java.util.Locale.ROOT).contains("the disk holding the store is full"), "says the disk is full: " + output);
        assertFalse(output.contains("\tat "), "no stack trace: " + output);
        assertTrue(output.contains("tickets 1"), "the store keeps the ticket it had: " + output);
        assertTrue(output.lines().anyMatch(l -> l.strip().equals("ok")), "check finds the store sound: " + output);
    }
}
