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
 * A data folder that cannot be written: the command says so naming the folder and what to do, with
 * no stack trace, and the store in it stays as it was. Root ignores file permissions, so as root the
 * folder is made read-only by a read-only bind mount in a mount namespace of its own (unshare -m).
 */
class ReadOnlyDataFolderTest {

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
}
