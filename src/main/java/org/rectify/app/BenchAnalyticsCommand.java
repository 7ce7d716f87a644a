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

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path folder = work != null ? work : Path.of(System.getProperty("java.io.tmpdir"), "rectify-bench-analytics");
        Map<String, Double> small = timeAll(store(folder, 1, out), out);
        Map<String, Double> big = timeAll(store(folder, bigScale, out), out);
        out.printf("%-38s %12s %12s %8s%n", "query (median of " + runs + ")", "scale 1", "scale " + bigScale, "ratio");
        for (String query : small.keySet()) {
            out.printf("%-38s %9.1f ms %9.1f ms %8.2f%n", query, small.get(query), big.get(query),
                    big.get(query) / small.get(query));
        }
        double sumSmall = small.values().stream().mapToDouble(Double::doubleValue).sum();
        double sumBig = big.values().stream().mapToDouble(Double::doubleValue).sum();
        out.printf("%-38s %9.1f ms %9.1f ms %8.2f%n", "whole query set", sumSmall, sumBig, sumBig / sumSmall);
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

    private Map<String, Double> timeAll(Path data, PrintWriter out) {
        try (Wiring wiring = new Wiring(data)) {
            RollupQueries rollups = new RollupQueries(wiring.store());
            KpiSettings settings = new KpiSettings(wiring.store());
            KpiService kpis = new KpiService(rollups, wiring.referenceData(), settings);
            TrendService trends = new TrendService(rollups, wiring.referenceData(), settings);
            ParetoService pareto = new ParetoService(rollups);
            out.printf("%s: %,d tickets%n", data, wiring.ticketQueries().count(TicketFilter.ALL));
            Map<String, Double> times = new LinkedHashMap<>();
            times.put("all KPIs 2014-Q1 vs 2013-Q1", median(() -> kpis.compute(Period.parse("2014-Q1"), null, Scope.ALL)));
            times.put("weekly complaints trend, one year", median(() -> trends.series(Metric.COMPLAINTS, Grain.WEEK,
                    Period.parse("2013-W22"), Period.parse("2014-W21"), Scope.ALL)));
            times.put("TOP-10 of 龙华, 2014-Q1", median(() -> pareto.top(Period.parse("2014-Q1"), new Scope("龙华", null), 10)));
            return times;
        }
    }

    private double median(Supplier<?> query) {
        query.get(); // warm-up: JIT and page cache
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long started = System.nanoTime();
            query.get();
            millis.add((System.nanoTime() - started) / 1e6);
        }
        millis.sort(Comparator.naturalOrder());
        return millis.get(millis.size() / 2);
    }
}
