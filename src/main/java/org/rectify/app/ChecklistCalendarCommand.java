package org.rectify.app;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.rectify.domain.CalendarDay;
import org.rectify.store.ChecklistCatalogue;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code checklist calendar [--year Y] [--holiday DATE NAME | --workday DATE NAME | --remove DATE]}: the
 * working-day calendar of the supervision ladder (public holidays and make-up working days).
 */
@Command(name = "calendar", description = "The working-day calendar: list a year's holidays and make-up working days, "
        + "or add or remove one day.")
final class ChecklistCalendarCommand implements Callable<Integer> {

    @ParentCommand
    ChecklistCommand checklist;

    @Spec
    CommandSpec spec;

    @Option(names = "--year", paramLabel = "Y", description = "the year to list (default: every year)")
    Integer year;

    @ArgGroup(exclusive = true)
    Change change;

    static final class Change {
        @Option(names = "--holiday", arity = "2", paramLabel = "DATE NAME", description = "a public holiday")
        String[] holiday;

        @Option(names = "--workday", arity = "2", paramLabel = "DATE NAME", description = "a make-up working day (调休)")
        String[] workday;

        @Option(names = "--remove", paramLabel = "DATE", description = "back to the Monday-to-Friday rule")
        LocalDate remove;
    }

    @Override
    public Integer call() {
        try (Wiring wiring = checklist.openWiring()) {
            ChecklistCatalogue catalogue = new ChecklistCatalogue(wiring.store());
            try {
                if (change != null && change.remove != null) {
                    catalogue.removeCalendarDay(change.remove);
                } else if (change != null) {
                    boolean workday = change.workday != null;
                    String[] day = workday ? change.workday : change.holiday;
                    catalogue.putCalendarDay(new CalendarDay(LocalDate.parse(day[0]), workday, day[1]));
                }
            } catch (java.time.format.DateTimeParseException e) {
                spec.commandLine().getErr().println("not a date (yyyy-MM-dd): " + e.getParsedString());
                return 2;
            }
            for (CalendarDay d : catalogue.calendar()) {
                if (year == null || d.day().getYear() == year) {
                    spec.commandLine().getOut().printf("%s %s %-7s %s%n", d.day(), d.day().getDayOfWeek().toString()
                            .substring(0, 3), d.workday() ? "workday" : "holiday", d.name());
                }
            }
            return 0;
        }
    }
}
