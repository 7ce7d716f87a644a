package org.rectify.app;

import java.util.concurrent.Callable;
import org.rectify.checklist.ChecklistService;
import org.rectify.checklist.Generation;
import org.rectify.domain.ChecklistItem;
import org.rectify.domain.Period;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code checklist generate --week W [--district D]}: adds what the rules propose and is not listed yet. */
@Command(name = "generate", description = "Generate the week's checklist from the rules; run again, it adds only what is new.")
final class ChecklistGenerateCommand implements Callable<Integer> {

    @ParentCommand
    ChecklistCommand checklist;

    @Spec
    CommandSpec spec;

    @Option(names = "--week", required = true, paramLabel = "W", description = "ISO week, e.g. 2014-W10")
    String week;

    @Option(names = "--district", paramLabel = "D", description = "one district (default: every district)")
    String district;

    @Override
    public Integer call() {
        try (Wiring wiring = checklist.openWiring()) {
            ChecklistService service = checklist.service(wiring);
            ChecklistCommand.Where where = ChecklistCommand.where(service, week, district, spec.commandLine().getErr());
            if (where == null) {
                return 2;
            }
            Period w = where.week();
            String d = where.district();
            Generation g = service.generate(w, d);
            var out = spec.commandLine().getOut();
            out.printf("%s%s: %d items added, %d already listed%n", w, d == null ? "" : " " + d, g.added().size(),
                    g.alreadyListed());
            for (ChecklistItem i : g.added()) {
                out.printf("  #%d %s %s %s (%s)%n", i.id(), i.district(), i.kind().key(), i.title(), i.rules());
            }
            return 0;
        }
    }
}
