package org.rectify.analytics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rectify.domain.DateRange;
import org.rectify.domain.Period;
import org.rectify.domain.ProblemNames;
import org.rectify.domain.Scope;
import org.rectify.store.RollupQueries;

/**
 * TOP-N problems and the Pareto of a period (blank problems count in the total, never as an item;
 * spellings of one problem are one item, see {@link ProblemNames}),
 * each problem with its count a year earlier over the same days (a partial period is compared
 * over the same elapsed days, as the KPIs are).
 */
public final class ParetoService {

    private static final double CUT = 0.8;

    private final RollupQueries rollups;

    public ParetoService(RollupQueries rollups) {
        this.rollups = rollups;
    }

    public Pareto top(Period period, Scope scope, int n) {
        return rollups.inOneRead(() -> topInOneRead(period, scope, n));
    }

    private Pareto topInOneRead(Period period, Scope scope, int n) {
        Optional<DataSpan> data = DataSpans.of(rollups);
        if (data.isEmpty()) {
            return Pareto.outside(Reason.of(Reason.Kind.NO_DATA));
        }
        if (!data.get().covers(period)) {
            return Pareto.outside(data.get().outsideReason());
        }
        Map<String, Long> byProblem = ProblemNames.merge(rollups.problems(period.range(), scope));
        DateRange before = CountedDays.of(period, period.previousYear(), rollups.asOf(scope), data).previous();
        Map<String, Long> previous = data.get().covers(before) ? byKey(rollups.problems(before, scope)) : null;
        long total = byProblem.values().stream().mapToLong(Long::longValue).sum();
        List<Map.Entry<String, Long>> ranked = byProblem.entrySet().stream().filter(e -> !e.getKey().isBlank())
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .toList();
        List<Pareto.Item> items = new ArrayList<>();
        long cumulative = 0;
        int to80 = 0;
        int rank = 0;
        for (Map.Entry<String, Long> e : ranked) {
            cumulative += e.getValue();
            rank++;
            if (to80 == 0 && total > 0 && (double) cumulative / total >= CUT) {
                to80 = rank;
            }
            if (items.size() < n) {
                items.add(new Pareto.Item(e.getKey(), e.getValue(), (double) e.getValue() / total,
                        (double) cumulative / total, previous == null ? null : previous.getOrDefault(ProblemNames.key(e.getKey()), 0L)));
            }
        }
        long shown = items.stream().mapToLong(Pareto.Item::count).sum();
        long others = total - shown;
        return new Pareto(total, items, others, total == 0 ? null : (double) others / total, to80, null);
    }

    private static Map<String, Long> byKey(Map<String, Long> bySpelling) {
        Map<String, Long> counts = new java.util.HashMap<>();
        bySpelling.forEach((name, count) -> counts.merge(ProblemNames.key(name), count, Long::sum));
        return counts;
    }
}
