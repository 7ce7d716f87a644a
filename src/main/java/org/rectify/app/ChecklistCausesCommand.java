package org.rectify.app;

import java.util.List;
import java.util.concurrent.Callable;
import org.rectify.store.ChecklistCatalogue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code checklist causes [--set A,B,C]}: the cause catalogue, shown or replaced. */
@Command(name = "causes", description = "Show the cause catalogue, or replace it (--set, in order). Items keep their causes.")
final class ChecklistCausesCommand implements Callable<Integer> {

    @ParentCommand
    ChecklistCommand checklist;

    @Spec
    CommandSpec spec;

    @Option(names = "--set", split = ",", paramLabel = "CAUSE", description = "the new catalogue, comma-separated")
    List<String> causes;

    @Override
    public Integer call() {
        try (Wiring wiring = checklist.openWiring()) {
            ChecklistCatalogue catalogue = new ChecklistCatalogue(wiring.store());
            if (causes != null) {
                List<String> cleaned = causes.stream().map(String::strip).filter(c -> !c.isEmpty()).distinct().toList();
                if (cleaned.isEmpty()) {
                    spec.commandLine().getErr().println("--set needs at least one cause");
                    return 2;
                }
                catalogue.saveCauses(cleaned);
            }
            spec.commandLine().getOut().println(String.join(", ", catalogue.causes()));
            return 0;
        }
    }
}
