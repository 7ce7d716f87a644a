package org.rectify.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.rectify.sync.demo.SyntheticExport;

/**
 * The weekly files of {@code bench-import}: each imported into the stores of the big file's in-order
 * runs (one after another, as weeks come) and into an empty store, alternated so that both meet the same
 * JIT and disk. First weeks of new tickets only, then weeks as ticketing systems export them: the week
 * before's open tickets again, closed, ahead of the new ones.
 */
final class WeeklyImportBench {

    /** Weeks imported one after another into each big store: a sample each, against the same week into an empty store. */
    private static final int WEEKS_PER_STORE = 3;

    private final Path work;
    private final int runs;
    private final int weekRows;
    private final int storeRows;

    WeeklyImportBench(Path work, int runs, int weekRows, int storeRows) {
        this.work = work;
        this.runs = runs;
        this.weekRows = weekRows;
        this.storeRows = storeRows;
    }

    /** Prints both comparisons. Times: medians of runs × weeks. */
    void compare(PrintWriter out) throws Exception {
        List<Path> weeks = new ArrayList<>();
        for (int w = 0; w < WEEKS_PER_STORE; w++) {
            Path week = work.resolve("week-" + w + ".csv");
            new SyntheticExport(9 + w).writeWeek(week, weekRows, SyntheticExport.nextWeek().plusWeeks(w));
            weeks.add(week);
        }
        BenchImportCommand.timeImport(work.resolve("store-week-warm-up"), weeks.get(0));
        double[] plain = fullAgainstEmpty(weeks, "week");
        out.printf("weekly file (%,d rows, inside this JVM) into the %,d-ticket store: %6.3f s; into an empty store: %6.3f s; "
                + "ratio %.2f (medians of %d)%n", weekRows, storeRows, plain[0], plain[1], plain[0] / plain[1],
                runs * WEEKS_PER_STORE);
        List<Path> closing = new ArrayList<>();
        int again = 0;
        Path previous = weeks.get(WEEKS_PER_STORE - 1);
        for (int w = WEEKS_PER_STORE; w < 2 * WEEKS_PER_STORE; w++) {
            Path week = work.resolve("week-closing-" + w + ".csv");
            again += new SyntheticExport(9 + w).writeWeekClosing(week, weekRows, SyntheticExport.nextWeek().plusWeeks(w),
                    previous);
            closing.add(week);
            previous = week;
        }
        double[] mixed = fullAgainstEmpty(closing, "closing");
        out.printf("weekly file with the week before's open tickets closed (%,d new + ~%,d again): %6.3f s; into an empty "
                + "store: %6.3f s; ratio %.2f (medians of %d)%n", weekRows, again / WEEKS_PER_STORE, mixed[0], mixed[1],
                mixed[0] / mixed[1], runs * WEEKS_PER_STORE);
    }

    /** {median into the big stores, median into empty ones}. */
    private double[] fullAgainstEmpty(List<Path> weeks, String name) throws Exception {
        List<Double> fulls = new ArrayList<>();
        List<Double> empties = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            for (int w = 0; w < weeks.size(); w++) {
                fulls.add(BenchImportCommand.timeImport(work.resolve("store-csv-" + i), weeks.get(w)));
                empties.add(BenchImportCommand.timeImport(work.resolve("store-" + name + "-" + i + "-" + w), weeks.get(w)));
            }
        }
        return new double[] {BenchImportCommand.median(fulls.size(), fulls::get),
            BenchImportCommand.median(empties.size(), empties::get)};
    }
}
