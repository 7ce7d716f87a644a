package org.rectify.app;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.rectify.checklist.ChecklistService;
import org.rectify.domain.Period;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code checklist generate|list|set|add|export|import}: the weekly rectification checklist (DESIGN 5). */
@Command(name = "checklist", description = "The weekly rectification checklist: generate, list, set, add, export, import;"
        + " the cause catalogue, the working-day calendar and who edits.",
        subcommands = {ChecklistGenerateCommand.class, ChecklistListCommand.class, ChecklistSetCommand.class,
                ChecklistAddCommand.class, ChecklistExportCommand.class, ChecklistImportCommand.class,
                ChecklistCausesCommand.class, ChecklistCalendarCommand.class, ChecklistUserCommand.class},
        footer = {"", "Statuses: open (未启动), in_progress (整改中), awaiting_verification (待验证),",
                "signed_off (已销号), cannot_fix (无法整改). Exit codes: 0 done; 2 usage error;",
                "3 refused (nothing changed); 4 merged with conflicts or rejected rows."})
final class ChecklistCommand {

    static final int REFUSED = 3;
    static final int PARTLY = 4;

    @ParentCommand
    RectifyCommand parent;

    @Option(names = "--today", hidden = true, paramLabel = "DATE",
            description = "the day to measure due dates against (tests and replays; default: the system date)")
    LocalDate today;

    Wiring openWiring() {
        return parent.openWiring();
    }

    ChecklistService service(Wiring wiring) {
        Clock clock = today == null ? Clock.systemDefaultZone()
                : Clock.fixed(today.atTime(12, 0).atZone(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault());
        return new ChecklistService(wiring.store(), clock);
    }

    /** A command's week and district (null: every district), as the store knows them. */
    record Where(Period week, String district) {
    }

    /** Reads {@code --week} and {@code --district}; prints why and returns null when either is wrong (exit 2). */
    static Where where(ChecklistService service, String week, String district, java.io.PrintWriter err) {
        try {
            return new Where(week(week), district(service, district));
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return null;
        }
    }

    /** An ISO week {@code 2014-W10}; anything else is a usage error. */
    static Period week(String text) {
        Period p = Period.parse(text);
        if (p.grain() != org.rectify.domain.Grain.WEEK) {
            throw new IllegalArgumentException("'" + text + "' is not an ISO week: a week is written like 2014-W10");
        }
        return p;
    }

    /** The district as the store knows it, or a usage error listing the ones it knows. */
    static String district(ChecklistService service, String name) {
        if (name == null) {
            return null;
        }
        String wanted = org.rectify.domain.Districts.normalize(name);
        for (String known : service.districts()) {
            if (known.equals(wanted)) {
                return known;
            }
        }
        throw new IllegalArgumentException("unknown district '" + wanted + "'; the store knows: "
                + String.join(", ", service.districts()));
    }
}
