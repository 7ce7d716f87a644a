package org.rectify.app;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.rectify.sync.FileRefusedException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code subscribers FILE}: loads 月份,区分公司,用户数. */
@Command(name = "subscribers", description = "Load monthly subscriber counts (月份,区分公司,用户数).")
final class SubscribersCommand implements Callable<Integer> {

    @ParentCommand
    RectifyCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "CSV with the columns 月份,区分公司,用户数")
    Path file;

    @Override
    public Integer call() {
        try (Wiring wiring = parent.openWiring()) {
            wiring.store().requireWriter();
            int loaded = wiring.subscriberImporter().importFile(file);
            spec.commandLine().getOut().printf("%s: %,d monthly subscriber counts loaded%n", file.getFileName(), loaded);
            return 0;
        } catch (FileRefusedException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return RectifyCommand.REFUSED;
        }
    }
}
