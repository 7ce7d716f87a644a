package org.rectify.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.rectify.domain.SyncStatus;
import org.rectify.sync.FileImportResult;
import org.rectify.sync.ImportListener;
import org.rectify.sync.demo.SyntheticExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench-import}: generates N tickets in the standard layout and, in the same run, times
 * Rectify's import of the CSV (as a command in a new JVM, and inside a running one), of the same rows
 * as XLSX, and the sqlite3 CLI's {@code .import} of the CSV into an equivalent table with a primary
 * key. Prints medians, rows/s, ratios and peak memory.
 */
@Command(name = "bench-import", description = "Benchmark imports against the sqlite3 command-line tool.")
final class BenchImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--rows", defaultValue = "1000000", paramLabel = "N", description = "tickets to generate (default 1,000,000)")
    int rows;

    @Option(names = "--runs", defaultValue = "3", paramLabel = "K", description = "timed runs of each, median reported (default 3)")
    int runs;

    @Option(names = "--xlsx-rows", defaultValue = "200000", paramLabel = "N",
            description = "rows of the XLSX comparison (default 200,000; 0 skips it)")
    int xlsxRows;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path work = Files.createTempDirectory("rectify-bench");
        try {
            Path csv = work.resolve("tickets.csv");
            new SyntheticExport(42).writeCsv(csv, rows);
            out.printf("Generated %,d tickets (%,d MB) in %s; max heap %,d MB; %d runs each%n", rows,
                    Files.size(csv) >> 20, work, Runtime.getRuntime().maxMemory() >> 20, runs);
            compare(out, "in time order", work, csv, "csv");
            Path byDistrict = work.resolve("by-district.csv");
            new SyntheticExport(42).writeCsvByDistrict(byDistrict, rows);
            compare(out, "sorted by district", work, byDistrict, "district");
            Path store = work.resolve("store-csv-0");
            long storeBytes = storeSize(store);
            // a WAL is left only when the command's last connection did not close: said, not hidden in the total
            Path wal = store.resolve(org.rectify.store.DataFolder.STORE_FILE + "-wal");
            long walBytes = Files.exists(wal) ? Files.size(wal) : 0;
            out.printf("store after the in-order import: %,d MB for %,d MB of CSV (%.2f×; of it WAL %,d MB)%n",
                    storeBytes >> 20, Files.size(csv) >> 20, (double) storeBytes / Files.size(csv), walBytes >> 20);
            if (weekRows > 0) {
                new WeeklyImportBench(work, runs, weekRows, rows).compare(out);
            }
            if (xlsxRows > 0) {
                Path xlsx = work.resolve("tickets.xlsx");
                Path sameCsv = work.resolve("same.csv");
                new SyntheticExport(7).writeXlsx(xlsx, xlsxRows);
                new SyntheticExport(7).writeCsv(sameCsv, xlsxRows);
                double x = median(runs, i -> timeImport(work.resolve("store-xlsx-" + i), xlsx));
                double c = median(runs, i -> timeImport(work.resolve("store-same-" + i), sameCsv));
                out.printf("rectify import XLSX  : %7.2f s  %,9.0f rows/s (%,d rows)%n", x, xlsxRows / x, xlsxRows);
                out.printf("rectify import CSV   : %7.2f s  %,9.0f rows/s (same %,d rows)%n", c, xlsxRows / c, xlsxRows);
                out.printf("XLSX rows/s as a share of CSV rows/s: %.0f %%%n", 100 * c / x);
            }
            out.printf("peak old generation %,d MB; peak resident memory %s%n", peakOldGenerationMegabytes(), peakResident());
            return 0;
        } finally {
            deleteTree(work);
        }
    }

    @Option(names = "--week-rows", defaultValue = "10000", paramLabel = "N",
            description = "rows of the weekly file imported into the big store and into an empty one (default 10,000; 0 skips it)")
    int weekRows;

    /**
     * Rectify and the sqlite3 CLI on one file, medians of the runs. Rectify is timed as the CLI is: a new
     * process each run ({@code java -jar rectify.jar --data D import FILE}, the JVM's start and its
     * compiling included) — the ratio; the two alternate, run by run, so that the host's drift over the
     * minutes of a benchmark falls on both alike (the CLI's own time moved 3.25–3.94 s over one day). Then
     * inside this process once it has imported the file before (the desktop app's later imports).
     * Rectify's stores are named {@code store-<name>-i}.
     */
    private void compare(PrintWriter out, String label, Path work, Path csv, String name) throws Exception {
        boolean withCli = sqliteAvailable();
        List<Double> commands = new ArrayList<>();
        List<Double> clis = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            commands.add(timeCommand(work.resolve("store-" + name + "-" + i), csv));
            if (withCli) {
                clis.add(timeSqliteCli(work.resolve("cli-" + name + "-" + i + ".db"), csv));
            }
        }
        double command = median(commands.size(), commands::get);
        out.printf("%-20s rectify : %7.2f s  %,9.0f rows/s (a new JVM each run, as the command)%n", label, command,
                rows / command);
        resetOldGenerationPeak();
        double warm = median(runs, i -> timeImport(work.resolve("warm-" + name + "-" + i), csv));
        out.printf("%-20s rectify : %7.2f s  %,9.0f rows/s (inside a running JVM that imported it before)"
                + "; old generation's peak %,d MB%n", label, warm, rows / warm, peakOldGenerationMegabytes());
        if (withCli) {
            double cli = median(clis.size(), clis::get);
            out.printf("%-20s sqlite3 : %7.2f s  %,9.0f rows/s (each run right after a command's)%n", label, cli, rows / cli);
            out.printf("%-20s ratio rectify / sqlite3 CLI: %.2f (inside a running JVM: %.2f)%n", label, command / cli,
                    warm / cli);
            // each command over the CLI run right after it: the host's drift over minutes cancels within a pair
            List<Double> pairs = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                pairs.add(commands.get(i) / clis.get(i));
            }
            out.printf("%-20s ratio run by run: median %.2f (%s)%n", label, median(pairs.size(), pairs::get),
                    String.join(", ", pairs.stream().map(r -> String.format("%.2f", r)).toList()));
        } else {
            out.println("sqlite3 not installed: no CLI comparison (apt-get install sqlite3)");
        }
        out.flush();
    }

    /** The import as a user's script runs it: this JVM's java, class path and heap limit, a new process. */
    private static double timeCommand(Path store, Path file) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream().filter(a -> a.startsWith("-Xmx")).forEach(command::add);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName(), "--data", store.toString(),
                "import", file.toString()));
        long started = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new IllegalStateException("benchmark import failed: " + output);
        }
        return (System.nanoTime() - started) / 1e9;
    }

    /** The store file with its WAL, as it stands on disk. */
    private static long storeSize(Path folder) throws IOException {
        long size = 0;
        for (String name : List.of(org.rectify.store.DataFolder.STORE_FILE, org.rectify.store.DataFolder.STORE_FILE + "-wal")) {
            Path file = folder.resolve(name);
            if (Files.exists(file)) {
                size += Files.size(file);
            }
        }
        return size;
    }

    interface Timed {
        double seconds(int run) throws Exception;
    }

    static double median(int runs, Timed timed) throws Exception {
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            times.add(timed.seconds(i));
        }
        times.sort(Comparator.naturalOrder());
        return times.get(times.size() / 2);
    }

    static double timeImport(Path store, Path file) {
        try (Wiring wiring = new Wiring(store)) {
            long started = System.nanoTime();
            FileImportResult result = wiring.ticketImporter().importFile(file, ImportListener.NONE);
            double seconds = (System.nanoTime() - started) / 1e9;
            if (result.status() != SyncStatus.DONE) {
                throw new IllegalStateException("benchmark import failed: " + result.message());
            }
            return seconds;
        }
    }

    /** The same columns as the ticket table, text, with the ticket number as primary key. */
    private static double timeSqliteCli(Path db, Path csv) throws IOException, InterruptedException {
        String script = """
                PRAGMA journal_mode = WAL;
                CREATE TABLE ticket (ticket_id TEXT PRIMARY KEY, created_at TEXT, closed_at TEXT, district TEXT,
                  service_center TEXT, kind TEXT, category TEXT, problem TEXT, channel TEXT, escalation_channel TEXT,
                  first_contact_resolved TEXT, status TEXT, owner TEXT, subscriber TEXT, satisfaction TEXT, description TEXT);
                .import --csv --skip 1 %s ticket
                """.formatted(csv.toAbsolutePath());
        long started = System.nanoTime();
        Process p = new ProcessBuilder("sqlite3", db.toString()).redirectErrorStream(true).start();
        p.getOutputStream().write(script.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new IllegalStateException("sqlite3 failed: " + output);
        }
        return (System.nanoTime() - started) / 1e9;
    }

    private static boolean sqliteAvailable() {
        try {
            return new ProcessBuilder("sqlite3", "-version").start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /**
     * The old generation's peak: what stayed alive across collections, i.e. whether memory grows
     * with the file. (Summing every heap pool's peak overstates it: the pools peak at different times.)
     */
    /** So that the peak read next is this file's imports' own. */
    private static void resetOldGenerationPeak() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long peakOldGenerationMegabytes() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && (pool.getName().contains("Old") || pool.getName().contains("Tenured"))) {
                peak = Math.max(peak, pool.getPeakUsage().getUsed());
            }
        }
        return peak >> 20;
    }

    private static String peakResident() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmHWM"))
                    .map(l -> l.replaceAll("\\s+", " ").substring(7)).findFirst().orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
