package org.rectify.app;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code backup --out FILE}: a consistent copy of the store. */
@Command(name = "backup", description = "Write a consistent copy of the store (VACUUM INTO).")
final class BackupCommand implements Callable<Integer> {

    @ParentCommand
    RectifyCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "the new backup file")
    Path out;

    @Override
    public Integer call() {
        try (Wiring wiring = parent.openWiring()) {
            wiring.backup().writeTo(out);
            spec.commandLine().getOut().println("Backup written to " + out.toAbsolutePath());
            return 0;
        }
    }
}
