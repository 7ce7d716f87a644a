package org.rectify.app;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.rectify.checklist.ChecklistService;
import org.rectify.checklist.ItemPatch;
import org.rectify.checklist.Refusal;
import org.rectify.domain.ChecklistItem;
import org.rectify.domain.ItemStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code checklist set ID... [--status S] [--owner O] …}: one edit of one or many items, all or nothing. */
@Command(name = "set", description = "Change items (several ids: the same change to each, all or nothing); history is written.")
final class ChecklistSetCommand implements Callable<Integer> {

    @ParentCommand
    ChecklistCommand checklist;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "ID")
    List<Long> ids;

    @Option(names = "--status", paramLabel = "S") String status;
    @Option(names = "--owner", paramLabel = "O") String owner;
    @Option(names = "--reviewer", paramLabel = "R") String reviewer;
    @Option(names = "--due", paramLabel = "DATE") LocalDate due;
    @Option(names = "--cause", paramLabel = "C", description = "a cause of the catalogue") String cause;
    @Option(names = "--action", paramLabel = "TEXT", description = "the corrective action") String action;
    @Option(names = "--note", paramLabel = "TEXT") String note;
    @Option(names = "--reason", paramLabel = "TEXT", description = "why it cannot be fixed (with --status cannot_fix)") String reason;
    @Option(names = "--title", paramLabel = "TEXT") String title;
    @Option(names = "--as", paramLabel = "NAME", description = "who makes the change (default: the settings' name, else the OS user)")
    String who;

    @Override
    public Integer call() {
        ItemPatch patch;
        try {
            patch = new ItemPatch(title, owner, reviewer, due, status == null ? null : ItemStatus.parse(status), cause,
                    action, note, reason);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return 2;
        }
        if (patch.isEmpty()) {
            spec.commandLine().getErr().println("nothing to change: give --status, --owner, --reviewer, --due, --cause, "
                    + "--action, --note, --reason or --title");
            return 2;
        }
        try (Wiring wiring = checklist.openWiring()) {
            ChecklistService service = checklist.service(wiring);
            List<ChecklistItem> saved;
            try {
                saved = service.edit(ids, patch, who == null ? service.currentUser() : who);
            } catch (Refusal r) {
                spec.commandLine().getErr().println("refused, nothing changed: " + r.getMessage());
                return ChecklistCommand.REFUSED;
            }
            for (ChecklistItem i : saved) {
                spec.commandLine().getOut().printf("#%d %s: %s, owner %s, due %s%n", i.id(), i.title(), i.status().key(),
                        i.owner() == null ? "—" : i.owner(), i.due() == null ? "—" : i.due());
            }
            return 0;
        }
    }
}
