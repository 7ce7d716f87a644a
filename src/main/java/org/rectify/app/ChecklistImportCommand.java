package org.rectify.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.rectify.checklist.ChecklistService;
import org.rectify.checklist.excel.ChecklistImport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code checklist import FILE.xlsx}: merges the districts' answers; conflicts are listed, never overwritten. */
@Command(name = "import", description = "Merge a filled-in checklist workbook. Fields changed both in the file and in"
        + " the store since the export are conflicts: listed, the store's value kept (exit 4), unless --take-file.")
final class ChecklistImportCommand implements Callable<Integer> {

    @ParentCommand
    ChecklistCommand checklist;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE.xlsx") Path file;

    @Option(names = "--take-file", description = "resolve every conflict with the file's value")
    boolean takeFile;

    @Option(names = "--as", paramLabel = "NAME", description = "who makes the changes (default: the settings' name, else the OS user)")
    String who;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(file)) {
            err.println(file + ": no such file");
            return ChecklistCommand.REFUSED;
        }
        try (Wiring wiring = checklist.openWiring()) {
            ChecklistService service = checklist.service(wiring);
            ChecklistImport merge = new ChecklistImport(service);
            ChecklistImport.Plan plan;
            try {
                plan = merge.plan(file);
            } catch (ChecklistImport.NotAChecklist e) {
                err.println("refused, nothing changed: " + e.getMessage());
                return ChecklistCommand.REFUSED;
            }
            ChecklistImport.Result result = merge.apply(plan, takeFile ? plan.conflicts() : List.of(),
                    who == null ? service.currentUser() : who);
            out.printf("%s (%s): %d items merged, %d conflicts, %d rows rejected%n", file.getFileName(), plan.week(),
                    result.merged().size(), result.conflicts().size(), result.rejected().size());
            for (ChecklistImport.Change c : result.merged()) {
                out.printf("  merged #%d (%s row %d): %s%n", c.itemId(), c.sheet(), c.row(), c.fields());
            }
            for (ChecklistImport.Conflict c : result.conflicts()) {
                out.printf("  conflict #%d (%s row %d, %s): exported '%s', file '%s', store '%s' — store kept%n", c.itemId(),
                        c.sheet(), c.row(), c.column(), blank(c.exported()), blank(c.inFile()), blank(c.inStore()));
            }
            for (ChecklistImport.Rejected r : result.rejected()) {
                out.printf("  rejected %s row %d, column %s: %s%n", r.sheet(), r.row(), r.column(), r.text());
            }
            return result.conflicts().isEmpty() && result.rejected().isEmpty() ? 0 : ChecklistCommand.PARTLY;
        }
    }

    private static String blank(String s) {
        return s == null ? "" : s;
    }
}
