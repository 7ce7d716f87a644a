package org.rectify.app;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.rectify.analytics.KpiService;
import org.rectify.analytics.Metric;
import org.rectify.analytics.ParetoService;
import org.rectify.analytics.TrendService;
import org.rectify.domain.Grain;
import org.rectify.domain.Period;
import org.rectify.domain.Scope;
import org.rectify.domain.TicketFilter;
import org.rectify.store.KpiSettings;
import org.rectify.store.RollupQueries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench-analytics}: times the dashboard query set (all KPIs of a quarter, a weekly trend
 * over a year, a district's TOP-10) on the demo data at scale 1 and scale 10 in one run, and
 * prints the medians and the scale-10 ÷ scale-1 ratios. Demo stores are built once in --work.
 */
@Command(name = "bench-analytics", description = "Benchmark the dashboard queries on the demo data at scale 1 and 10.")
final class BenchAnalyticsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--work", paramLabel = "DIR", description = "where the demo stores live (built when missing)")
    Path work;

    @Option(names = "--runs", defaultValue = "7", paramLabel = "K", description = "timed runs per query, median reported")
    int runs;

    @Option(names = "--big-scale", defaultValue = "10", paramLabel = "K", description = "the larger scale (default 10)")
    int bigScale;

    /** The set the analytics issue measures: all KPIs, a weekly trend for a year, a district's TOP-10. */
    private static final List<String> DASHBOARD_SET = List.of("all KPIs 2014-Q1 vs 2013-Q1",
            "weekly complaints trend, one year", "TOP-10 of 龙华, 2014-Q1");

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path folder = work != null ? work : Path.of(System.getProperty("java.io.tmpdir"), "rectify-bench-analytics");
        Map<String, Double> small = new LinkedHashMap<>();
        Map<String, Double> big = new LinkedHashMap<>();
        try (Wiring smallStore = new Wiring(store(folder, 1, out)); Wiring bigStore = new Wiring(store(folder, bigScale, out))) {
            Map<String, Supplier<?>> smallQueries = queries(smallStore, out);
            Map<String, Supplier<?>> bigQueries = queries(bigStore, out);
            for (String query : smallQueries.keySet()) {
                double[] medians = interleavedMedians(smallQueries.get(query), bigQueries.get(query));
                small.put(query, medians[0]);
                big.put(query, medians[1]);
            }
        }
        out.printf("%-38s %12s %12s %8s%n", "query (median of " + runs + ")", "scale 1", "scale " + bigScale, "ratio");
        for (String query : small.keySet()) {
            out.printf("%-38s %9.1f ms %9.1f ms %8.2f%n", query, small.get(query), big.get(query),
                    big.get(query) / small.get(query));
        }
        double sumSmall = DASHBOARD_SET.stream().mapToDouble(small::get).sum();
        double sumBig = DASHBOARD_SET.stream().mapToDouble(big::get).sum();
        out.printf("%-38s %9.1f ms %9.1f ms %8.2f%n", "dashboard query set (first three)", sumSmall, sumBig,
                sumBig / sumSmall);
        return 0;
    }

    private Path store(Path folder, int scale, PrintWriter out) {
        Path data = folder.resolve("scale-" + scale);
        if (Files.exists(data.resolve("rectify.db"))) {
            return data;
        }
        out.printf("Building the demo store at scale %d in %s (once)…%n", scale, data);
        out.flush();
        try (Wiring wiring = new Wiring(data)) {
            wiring.demoLoader().load(data.resolve("exports"), scale, (fraction, step) -> { });
        }
        return data;
    }

    private static Map<String, Supplier<?>> queries(Wiring wiring, PrintWriter out) {
        RollupQueries rollups = new RollupQueries(wiring.store());
        KpiSettings settings = new KpiSettings(wiring.store());
        KpiService kpis = new KpiService(rollups, wiring.referenceData(), settings);
        TrendService trends = new TrendService(rollups, wiring.referenceData(), settings);
        ParetoService pareto = new ParetoService(rollups);
        out.printf("%s: %,d tickets%n", wiring.store().folder(), wiring.ticketQueries().count(TicketFilter.ALL));
        Map<String, Supplier<?>> queries = new LinkedHashMap<>();
        queries.put("all KPIs 2014-Q1 vs 2013-Q1", () -> kpis.compute(Period.parse("2014-Q1"), null, Scope.ALL));
        queries.put("weekly complaints trend, one year", () -> trends.series(Metric.COMPLAINTS, Grain.WEEK,
                Period.parse("2013-W22"), Period.parse("2014-W21"), Scope.ALL));
        queries.put("TOP-10 of 龙华, 2014-Q1", () -> pareto.top(Period.parse("2014-Q1"), new Scope("龙华", null), 10));
        // what the desktop adds: the dashboard's sparklines, and the districts screen
        queries.put("sparklines: 9 metrics x 12 months", () -> trends.series(java.util.EnumSet.allOf(Metric.class),
                Grain.MONTH, Period.parse("2013-06"), Period.parse("2014-05"), Scope.ALL));
        var districts = org.rectify.ui.common.DesktopAnalytics.over(wiring.store(), wiring.referenceData()).districts();
        queries.put("districts screen, 2014-05", () -> districts.compare(Period.parse("2014-05")));
        return queries;
    }

    /**
     * Medians of the two scales' timings, taken in turns (small, big, small, big …) so that a noisy
     * stretch of the machine hits both alike.
     */
    private double[] interleavedMedians(Supplier<?> smallQuery, Supplier<?> bigQuery) {
        smallQuery.get(); // warm-up: JIT and page cache
        bigQuery.get();
        List<Double> small = new ArrayList<>();
        List<Double> big = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            small.add(time(smallQuery));
            big.add(time(bigQuery));
        }
        return new double[] {median(small), median(big)};
    }

    private static double time(Supplier<?> query) {
        long started = System.nanoTime();
        query.get();
        return (System.nanoTime() - started) / 1e6;
    }

    private static double median(List<Double> millis) {
        millis.sort(Comparator.naturalOrder());
        return millis.get(millis.size() / 2);
    }
}
