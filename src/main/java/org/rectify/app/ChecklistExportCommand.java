package org.rectify.app;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.concurrent.Callable;
import org.rectify.checklist.ChecklistService;
import org.rectify.checklist.excel.ChecklistImport;
import org.rectify.domain.Period;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code checklist export --week W [--district D] --out FILE.xlsx}: the workbook the districts fill in. */
@Command(name = "export", description = "Write the week's checklist to an XLSX for the districts to fill in.")
final class ChecklistExportCommand implements Callable<Integer> {

    @ParentCommand
    ChecklistCommand checklist;

    @Spec
    CommandSpec spec;

    @Option(names = "--week", required = true, paramLabel = "W") String week;
    @Option(names = "--district", paramLabel = "D") String district;
    @Option(names = "--out", required = true, paramLabel = "FILE.xlsx") Path out;

    @Override
    public Integer call() throws IOException {
        try (Wiring wiring = checklist.openWiring()) {
            ChecklistService service = checklist.service(wiring);
            ChecklistCommand.Where where = ChecklistCommand.where(service, week, district, spec.commandLine().getErr());
            if (where == null) {
                return 2;
            }
            Period w = where.week();
            String d = where.district();
            if (!out.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx")) {
                spec.commandLine().getErr().println("--out must name an .xlsx file");
                return 2;
            }
            ChecklistImport.export(service, w, d, out, LocalDateTime.now().withNano(0));
            spec.commandLine().getOut().printf("%s: %d items written to %s%n", w, service.list(w, d).rows().size(), out);
            return 0;
        }
    }
}
