package org.rectify.app;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.rectify.checklist.ChecklistService;
import org.rectify.checklist.Refusal;
import org.rectify.domain.ChecklistItem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code checklist add --week W --district D --title T [--owner O] [--due DATE]}: a manual item. */
@Command(name = "add", description = "Add an item by hand (as the meeting decides it).")
final class ChecklistAddCommand implements Callable<Integer> {

    @ParentCommand
    ChecklistCommand checklist;

    @Spec
    CommandSpec spec;

    @Option(names = "--week", required = true, paramLabel = "W") String week;
    @Option(names = "--district", required = true, paramLabel = "D") String district;
    @Option(names = "--title", required = true, paramLabel = "TEXT") String title;
    @Option(names = "--owner", paramLabel = "O") String owner;
    @Option(names = "--due", paramLabel = "DATE") LocalDate due;

    @Override
    public Integer call() {
        try (Wiring wiring = checklist.openWiring()) {
            ChecklistService service = checklist.service(wiring);
            ChecklistItem item;
            try {
                item = service.addManual(ChecklistCommand.week(week), ChecklistCommand.district(service, district), title,
                        owner, due);
            } catch (Refusal r) {
                spec.commandLine().getErr().println(r.getMessage());
                return 2;
            } catch (IllegalArgumentException e) {
                spec.commandLine().getErr().println(e.getMessage());
                return 2;
            }
            spec.commandLine().getOut().printf("#%d %s %s, due %s%n", item.id(), item.district(), item.title(), item.due());
            return 0;
        }
    }
}
