package org.rectify.app;

import java.time.Clock;
import java.util.concurrent.Callable;
import org.rectify.checklist.ChecklistService;
import org.rectify.checklist.ChecklistSettings;
import org.rectify.store.Settings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code checklist user [NAME]}: who edits the checklist (history rows, sign-off), shown or set. */
@Command(name = "user", description = "Show who the checklist's history names as editor, or set it (default: the OS user).")
final class ChecklistUserCommand implements Callable<Integer> {

    @ParentCommand
    ChecklistCommand checklist;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "NAME", description = "the name to use; an empty name goes back to the OS user")
    String name;

    @Override
    public Integer call() {
        try (Wiring wiring = checklist.openWiring()) {
            Settings settings = new Settings(wiring.store());
            if (name != null && name.isBlank()) {
                settings.remove(ChecklistSettings.USER_NAME);
            } else if (name != null) {
                settings.set(ChecklistSettings.USER_NAME, name.strip());
            }
            spec.commandLine().getOut().println(new ChecklistService(wiring.store(), Clock.systemDefaultZone()).currentUser());
            return 0;
        }
    }
}
