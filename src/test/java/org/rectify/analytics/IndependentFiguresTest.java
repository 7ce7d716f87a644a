package org.rectify.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rectify.domain.DateRange;
import org.rectify.domain.Grain;
import org.rectify.domain.Period;
import org.rectify.domain.ProblemNames;
import org.rectify.domain.Scope;
import org.rectify.store.KpiSettings;
import org.rectify.store.ReferenceData;
import org.rectify.store.RollupQueries;
import org.rectify.store.Store;
import org.rectify.store.SyncLog;
import org.rectify.sync.FileImportResult;
import org.rectify.sync.ImportListener;
import org.rectify.sync.SubscriberImporter;
import org.rectify.sync.TicketImporter;

/**
 * Every KPI, trend point and TOP list of random exports (see {@link RandomExports}) imported through the
 * real importer — one file in time order, one shuffled that changes earlier tickets, a last week — equals
 * the same figure computed ticket by ticket from DESIGN section 4 ({@link NaiveFigures}), over every
 * month, quarter, year and ISO week of the data, days at its end, and scopes by district, category and
 * channel. Where the hand-computed set of {@link KpiServiceTest} pins single cases, this finds the cases
 * nobody thought of.
 */
class IndependentFiguresTest {

    private static final double EPS = 1e-12;
    private static final List<Scope> SCOPES = List.of(Scope.ALL, new Scope("龙华", null), new Scope("坪山", null),
            new Scope(null, "装维服务"), new Scope("福田", "费用争议"), new Scope(null, null, "营业厅"),
            new Scope("坪山", null, "网厅"), new Scope(null, "装维服务", "营业厅"), new Scope("龙华", "费用争议", "营业厅"));

    @TempDir
    Path folder;

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void everyFigureEqualsTheTicketByTicketComputation(long seed) throws IOException {
        RandomExports exports = new RandomExports(seed, 1_500);
        try (Store store = Store.open(folder.resolve("data"))) {
            TicketImporter importer = new TicketImporter(new SyncLog(store));
            for (Path file : exports.write(folder)) {
                FileImportResult result = importer.importFile(file, ImportListener.NONE);
                assertEquals(0, result.counts().rejected(), file + ": " + result.message());
            }
            Path subscriberFile = exports.writeSubscribers(folder);
            new SubscriberImporter(new ReferenceData(store)).importFile(subscriberFile);
            NaiveFigures naive = new NaiveFigures(exports.latestVersions(), subscribers(subscriberFile), RandomExports.DISTRICTS);
            RollupQueries rollups = new RollupQueries(store);
            KpiService kpis = new KpiService(rollups, new ReferenceData(store), new KpiSettings(store));
            TrendService trends = new TrendService(rollups, new ReferenceData(store), new KpiSettings(store));
            ParetoService pareto = new ParetoService(rollups);
            DistrictComparison districts = new DistrictComparison(kpis, new TierService(rollups, new KpiSettings(store)),
                    new ReferenceData(store), rollups);
            int compared = 0;
            for (Scope scope : SCOPES) {
                for (Period period : periods()) {
                    compared += sameKpis(naive.kpis(period, null, scope), kpis.compute(period, null, scope), period + " " + scope);
                    if (period.grain() == Grain.MONTH) {
                        compared += sameKpis(naive.kpis(period, period.previous(), scope),
                                kpis.compute(period, period.previous(), scope), period + " vs the month before, " + scope);
                    }
                    if (period.grain() != Grain.DAY) {
                        samePareto(naive, exports, pareto.top(period, scope, 3), period, scope);
                    }
                }
                sameTrend(naive, trends, Grain.WEEK, Period.parse("2015-W40"), Period.parse("2016-W10"), scope);
                sameTrend(naive, trends, Grain.MONTH, Period.parse("2014-10"), Period.parse("2016-04"), scope);
                sameTrend(naive, trends, Grain.DAY, Period.parse("2016-02-25"), Period.parse("2016-03-11"), scope);
            }
            for (Period period : periods()) {
                compared += sameDistricts(naive, districts, period);
            }
            assertTrue(compared > 5_000, "figures compared: " + compared);
        }
    }

    /** Every month, quarter and year touching the data (and one before, one after), every ISO week, the last days. */
    private static List<Period> periods() {
        List<Period> periods = new ArrayList<>();
        for (Grain grain : List.of(Grain.YEAR, Grain.QUARTER, Grain.MONTH, Grain.WEEK)) {
            for (Period p = Period.of(grain, LocalDate.of(2014, 10, 1)); !p.start().isAfter(LocalDate.of(2016, 4, 5)); p = p.next()) {
                periods.add(p);
            }
        }
        for (LocalDate day = LocalDate.of(2016, 2, 26); !day.isAfter(LocalDate.of(2016, 3, 11)); day = day.plusDays(1)) {
            periods.add(Period.of(Grain.DAY, day));
        }
        return periods;
    }

    private static int sameKpis(Map<Metric, KpiValue> expected, KpiReport actual, String what) {
        for (Metric m : Metric.values()) {
            KpiValue e = expected.get(m);
            KpiValue a = actual.metrics().get(m);
            String where = what + " " + m.key();
            same(e.value(), a.value(), where + " value");
            same(e.previous(), a.previous(), where + " previous");
            same(e.change(), a.change(), where + " change");
        }
        return Metric.values().length;
    }

    /** The districts screen: each district's KPIs as its own table, and its tier from the FCR shown beside it. */
    private static int sameDistricts(NaiveFigures naive, DistrictComparison districts, Period period) {
        int compared = 0;
        List<DistrictComparison.Row> rows = new ArrayList<>(districts.compare(period));
        rows.add(districts.city(period));
        for (DistrictComparison.Row row : rows) {
            Scope scope = new Scope(row.district(), null);
            compared += sameKpis(naive.kpis(period, null, scope), row.kpis(), "districts " + period + " " + scope);
            assertEquals(naive.tier(period, scope, 0.95, 0.93), row.tier(), "tier " + period + " " + scope);
        }
        return compared;
    }

    private static void sameTrend(NaiveFigures naive, TrendService trends, Grain grain, Period from, Period to, Scope scope) {
        Map<Metric, List<TrendPoint>> series = trends.series(EnumSet.allOf(Metric.class), grain, from, to, scope);
        for (Metric m : Metric.values()) {
            for (TrendPoint point : series.get(m)) {
                KpiValue e = naive.kpis(point.period(), null, scope).get(m);
                String where = "trend " + point.period() + " " + scope + " " + m.key();
                same(e.value(), point.value(), where + " value");
                same(e.previous(), point.previous(), where + " previous");
            }
        }
    }

    /** The TOP-3 list: items by count then label, each under its most used spelling, others, the 80 % rank. */
    private static void samePareto(NaiveFigures naive, RandomExports exports, Pareto actual, Period period, Scope scope) {
        String where = "TOP " + period + " " + scope;
        Map<Metric, Double> range = naive.measure(period.range(), period.grain(), scope);
        if (range.isEmpty()) {
            assertTrue(actual.reason() != null && actual.items().isEmpty(), where + ": outside the data");
            return;
        }
        List<RandomExports.Row> in = naive.complaints(period.range(), scope);
        Map<String, Long> byKey = naive.problemCounts(in);
        Map<String, String> labels = labels(in);
        List<Map.Entry<String, Long>> ranked = byKey.entrySet().stream()
                .sorted(Comparator.<Map.Entry<String, Long>>comparingLong(Map.Entry::getValue).reversed()
                        .thenComparing(e -> labels.get(e.getKey())))
                .toList();
        long total = in.size();
        assertEquals(total, actual.total(), where + " total");
        DateRange before = naive.counted(period, period.previousYear(), scope).before();
        boolean beforeInData = !naive.measure(before, period.grain(), Scope.ALL).isEmpty();
        Map<String, Long> previous = naive.problemCounts(naive.complaints(before, scope));
        long cumulative = 0;
        int to80 = 0;
        for (int i = 0; i < ranked.size(); i++) {
            Map.Entry<String, Long> e = ranked.get(i);
            cumulative += e.getValue();
            if (to80 == 0 && (double) cumulative / total >= 0.8) {
                to80 = i + 1;
            }
            if (i < 3) {
                Pareto.Item item = actual.items().get(i);
                assertEquals(labels.get(e.getKey()), item.problem(), where + " item " + i);
                assertEquals(e.getValue(), item.count(), where + " count of " + item.problem());
                same((double) e.getValue() / total, item.share(), where + " share of " + item.problem());
                same((double) cumulative / total, item.cumulative(), where + " cumulative of " + item.problem());
                assertEquals(beforeInData ? previous.getOrDefault(e.getKey(), 0L) : null, item.previous(),
                        where + " a year before, " + item.problem());
            }
        }
        assertEquals(Math.min(3, ranked.size()), actual.items().size(), where + " items");
        long shown = ranked.stream().limit(3).mapToLong(Map.Entry::getValue).sum();
        assertEquals(total - shown, actual.othersCount(), where + " others");
        assertEquals(to80, actual.itemsTo80Percent(), where + " items to 80 %");
    }

    /** Each problem's most used spelling (as the import tidies it), the first in code-point order on a tie. */
    private static Map<String, String> labels(List<RandomExports.Row> rows) {
        Map<String, Map<String, Long>> spellings = new HashMap<>();
        for (RandomExports.Row c : rows) {
            if (!c.problem().isBlank()) {
                spellings.computeIfAbsent(ProblemNames.key(c.problem()), k -> new HashMap<>())
                        .merge(ProblemNames.tidy(c.problem()), 1L, Long::sum);
            }
        }
        Map<String, String> labels = new HashMap<>();
        spellings.forEach((key, counts) -> labels.put(key, counts.entrySet().stream()
                .sorted(Comparator.<Map.Entry<String, Long>>comparingLong(Map.Entry::getValue).reversed()
                        .thenComparing(Map.Entry::getKey))
                .findFirst().orElseThrow().getKey()));
        return labels;
    }

    private static Map<YearMonth, Map<String, Long>> subscribers(Path file) throws IOException {
        Map<YearMonth, Map<String, Long>> counts = new HashMap<>();
        for (String line : Files.readAllLines(file).subList(1, Files.readAllLines(file).size())) {
            String[] cells = line.split(",");
            counts.computeIfAbsent(YearMonth.parse(cells[0]), m -> new HashMap<>()).put(cells[1], Long.parseLong(cells[2]));
        }
        return counts;
    }

    private static void same(Double expected, Double actual, String what) {
        if (expected == null || actual == null) {
            assertEquals(expected, actual, what);
        } else {
            assertEquals(expected, actual, EPS * Math.max(1, Math.abs(expected)), what);
        }
    }
}
