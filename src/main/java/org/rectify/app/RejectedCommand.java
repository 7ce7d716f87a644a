package org.rectify.app;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.rectify.store.RejectedRows;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code rejected [--run N] --out FILE.csv}: the quarantined rows with where they came from and why. */
@Command(name = "rejected", description = "Export rejected rows (file, sheet, row, column, reason, raw values) to CSV.")
final class RejectedCommand implements Callable<Integer> {

    @ParentCommand
    RectifyCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--run", paramLabel = "N", description = "only the rows of this run (see sync-log)")
    Long run;

    @Option(names = "--out", required = true, paramLabel = "FILE.csv", description = "CSV to write (UTF-8 with BOM, opens in Excel)")
    Path out;

    @Override
    public Integer call() throws IOException {
        try (Wiring wiring = parent.openWiring()) {
            if (run != null && wiring.syncLog().run(run).isEmpty()) {
                spec.commandLine().getErr().println("no import run " + run + " in the log (see sync-log); nothing was written");
                return 2;
            }
            return write(wiring);
        }
    }

    private int write(Wiring wiring) throws IOException {
        try (Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            writer.write('\uFEFF');
            CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get());
            csv.printRecord("run", "file", "sheet", "row", "column", "reason", "raw values…");
            long rows = new RejectedRows(wiring.store()).forEach(run, (runId, row) -> {
                List<Object> record = new ArrayList<>(List.of(runId, row.fileName(), row.sheet() == null ? "" : row.sheet(),
                        row.rowNumber(), row.column() == null ? "" : row.column(), row.reason()));
                record.addAll(row.rawValues());
                try {
                    csv.printRecord(record);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            csv.flush();
            spec.commandLine().getOut().printf("%,d rejected rows written to %s%n", rows, out.toAbsolutePath());
            return 0;
        }
    }
}
