package org.rectify.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rectify.testing.StandardCsv;
import picocli.CommandLine;

class CommandLineTest {

    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = RectifyCommand.commandLine(args); // as Main builds it: with the one command named
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void aCommandLineHoldsTheCommandItsArgumentsNameOrAllOfThemForTheUsage() {
        assertEquals("import", RectifyCommand.commandNamed(new String[] {"--data", "d", "import", "f.csv"}));
        assertEquals("kpi", RectifyCommand.commandNamed(new String[] {"--data=d", "--lang", "en", "kpi", "--period", "2014"}));
        assertEquals(null, RectifyCommand.commandNamed(new String[] {"--screenshots", "out", "--theme", "dark"}));
        assertEquals(java.util.List.of("import"),
                java.util.List.copyOf(RectifyCommand.commandLine(new String[] {"--data", "d", "import", "f"}).getSubcommands().keySet()));
        assertEquals(java.util.List.of(), java.util.List.copyOf(RectifyCommand.commandLine(new String[] {"--data", "d"})
                .getSubcommands().keySet()), "the desktop app builds no command's model");
        java.util.List<String> all = java.util.List.copyOf(RectifyCommand.COMMANDS.keySet());
        assertEquals(all, java.util.List.copyOf(RectifyCommand.commandLine(new String[] {"--help"}).getSubcommands().keySet()));
        assertEquals(all, java.util.List.copyOf(RectifyCommand.commandLine(new String[] {"imprt"}).getSubcommands().keySet()));
        // each name is the one its command's annotation gives
        RectifyCommand.COMMANDS.forEach((name, command) -> assertEquals(name,
                command.get().getClass().getAnnotation(CommandLine.Command.class).name()));

        assertEquals(2, run("imprt", "x.csv"));
        assertTrue(err.toString().contains("Did you mean: rectify import"), err.toString());
        assertEquals(0, run("--help"));
        assertTrue(out.toString().contains("bench-analytics") && out.toString().contains("checklist"), out.toString());
    }

    private String data() {
        return folder.resolve("data").toString();
    }

    @Test
    void importPrintsASummaryAndCheckSaysOk() throws Exception {
        Path export = StandardCsv.create()
                .ticket("T1", "2014-05-02 09:15:00", "", "龙华", "装维服务", "宽带修障超时", "", "处理中")
                .ticket("T2", "2014-05-02 10:15:00", "", "坪山", "装维服务", "宽带修障超时", "", "处理中")
                .writeTo(folder.resolve("a.csv"));

        assertEquals(0, run("--data", data(), "import", export.toString()));
        assertTrue(out.toString().contains("a.csv: 2 rows read, 2 inserted, 0 updated, 0 unchanged, 0 rejected"), out.toString());

        Path one = StandardCsv.create().ticket("T3", "2014-05-03 09:15:00", "", "龙华", "装维服务", "宽带修障超时", "", "处理中")
                .writeTo(folder.resolve("b.csv"));
        assertEquals(0, run("--data", data(), "import", one.toString()));
        assertTrue(out.toString().contains("b.csv: 1 row read, 1 inserted"), out.toString());

        assertEquals(0, run("--data", data(), "check"));
        assertTrue(out.toString().contains("tickets 3"), out.toString());
        assertTrue(out.toString().strip().endsWith("ok"), out.toString());
    }

    @Test
    void aRefusedFileExitsWithThreeAndNamesWhatIsMissing() throws Exception {
        Path bad = folder.resolve("bad.csv");
        Files.writeString(bad, "编号,时间\n1,2\n");

        assertEquals(3, run("--data", data(), "import", bad.toString()));
        assertTrue(err.toString().contains("bad.csv: no header row with the required columns"), err.toString());
        assertTrue(err.toString().contains("the first row holds: 编号, 时间"), err.toString());
        assertFalse(err.toString().contains("Exception"), "no stack trace on the console");
    }

    @Test
    void quarantinedRowsExitWithFour() throws Exception {
        Path export = StandardCsv.create()
                .ticket("T1", "2014-05-02 09:15:00", "", "龙华", "装维服务", "宽带修障超时", "", "处理中")
                .ticket("T2", "not a time", "", "龙华", "装维服务", "宽带修障超时", "", "处理中")
                .writeTo(folder.resolve("mixed.csv"));

        assertEquals(4, run("--data", data(), "import", export.toString()));
        assertTrue(err.toString().contains("mixed.csv: 1 row was rejected and kept aside with its reason"), err.toString());
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertEquals(2, run("--data", data(), "import"));
        assertEquals(2, run("--data", data(), "no-such-command"));
    }

    @Test
    void subscribersAreLoadedOrTheFileIsRefusedWithRowAndColumn() throws Exception {
        Path good = folder.resolve("subs.csv");
        Files.writeString(good, "月份,区分公司,用户数\n2014-01,龙华区,1200000\n2014-01,坪山,300000\n");
        assertEquals(0, run("--data", data(), "subscribers", good.toString()));
        assertTrue(out.toString().contains("2 monthly subscriber counts loaded"), out.toString());

        Path bad = folder.resolve("subs-bad.csv");
        Files.writeString(bad, "月份,区分公司,用户数\n2014-02,龙华,1210000\n2014-02,坪山,lots\n");
        assertEquals(3, run("--data", data(), "subscribers", bad.toString()));
        assertTrue(err.toString().contains("subs-bad.csv, row 3, column 用户数: 'lots' is not a whole number"), err.toString());
        assertEquals(0, run("--data", data(), "check"));
        assertTrue(out.toString().contains("subscriber_counts 2"), "the refused file changed nothing: " + out);
    }

    @Test
    void backupWritesACopyThatChecksOk() throws Exception {
        Path export = StandardCsv.create()
                .ticket("T1", "2014-05-02 09:15:00", "", "龙华", "装维服务", "宽带修障超时", "", "处理中")
                .writeTo(folder.resolve("a.csv"));
        run("--data", data(), "import", export.toString());
        Path copy = folder.resolve("copy/rectify.db");

        assertEquals(0, run("--data", data(), "backup", "--out", copy.toString()));

        assertTrue(Files.size(copy) > 0);
        StringWriter checkOut = new StringWriter();
        CommandLine cli = RectifyCommand.commandLine();
        cli.setOut(new PrintWriter(checkOut, true));
        assertEquals(0, cli.execute("--data", copy.getParent().toString(), "check"));
        assertTrue(checkOut.toString().contains("tickets 1"), checkOut.toString());
    }

    @Test
    void aSecondProcessThatWantsToWriteIsToldWhoHoldsTheStore() throws Exception {
        Path export = StandardCsv.create()
                .ticket("T1", "2014-05-02 09:15:00", "", "龙华", "装维服务", "宽带修障超时", "", "处理中")
                .writeTo(folder.resolve("a.csv"));
        try (Wiring holder = new Wiring(folder.resolve("data"))) {
            assertTrue(holder.store().isWriter());
            Process second = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "org.rectify.app.Main",
                    "--data", data(), "import", export.toString())
                    .redirectErrorStream(true).start();
            String output = new String(second.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertEquals(1, second.waitFor());
            assertTrue(output.contains("is being written by process " + ProcessHandle.current().pid()), output);
            assertFalse(output.contains("SQLITE_BUSY"), output);
            assertFalse(output.contains("\tat "), "no stack trace: " + output);
        }
        assertEquals(0, run("--data", data(), "import", export.toString()), "free again once the holder closed");
    }

    @Test
    void helpAndVersionExitWithZero() {
        assertEquals(0, run("--help"));
        assertTrue(out.toString().contains("import"), out.toString());
        assertTrue(out.toString().contains("Exit codes"), out.toString());
        assertEquals(0, run("--version"));
        assertTrue(out.toString().contains("Rectify"));
    }
}
