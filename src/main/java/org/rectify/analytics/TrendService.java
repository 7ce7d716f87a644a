package org.rectify.analytics;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.rectify.domain.DateRange;
import org.rectify.domain.Grain;
import org.rectify.domain.Period;
import org.rectify.domain.Scope;
import org.rectify.store.DailyFacts;
import org.rectify.store.KpiSettings;
import org.rectify.store.ReferenceData;
import org.rectify.store.RollupQueries;

/** A metric per day, week or month over a span of periods, with the previous year aligned. */
public final class TrendService {

    private final RollupQueries rollups;
    private final ReferenceData referenceData;
    private final KpiSettings settings;

    public TrendService(RollupQueries rollups, ReferenceData referenceData, KpiSettings settings) {
        this.rollups = rollups;
        this.referenceData = referenceData;
        this.settings = settings;
    }

    /** Periods of {@code grain} from the one holding {@code from}'s start to the one holding {@code to}'s last day. */
    public List<TrendPoint> series(Metric metric, Grain grain, Period from, Period to, Scope scope) {
        return series(EnumSet.of(metric), grain, from, to, scope).get(metric);
    }

    /** Several metrics' series over the same periods, from one read of the roll-ups (the dashboard's sparklines). */
    public Map<Metric, List<TrendPoint>> series(Set<Metric> metrics, Grain grain, Period from, Period to, Scope scope) {
        if (to.lastDay().isBefore(from.start())) {
            throw new IllegalArgumentException("the trend ends (" + to + ") before it starts (" + from + ")");
        }
        return rollups.inOneRead(() -> seriesInOneRead(metrics, grain, from, to, scope));
    }

    private Map<Metric, List<TrendPoint>> seriesInOneRead(Set<Metric> metrics, Grain grain, Period from, Period to,
            Scope scope) {
        RangeFigures figures = new RangeFigures(rollups, settings.load(), referenceData.districts());
        List<Period> periods = new ArrayList<>();
        for (Period p = Period.of(grain, from.start()); !p.start().isAfter(to.lastDay()); p = p.next()) {
            periods.add(p);
        }
        Period first = periods.get(0);
        Period last = periods.get(periods.size() - 1);
        // Two reads for the whole span and its previous year, then every period is summed in memory.
        boolean escalations = metrics.contains(Metric.ESCALATIONS_MAJOR) || metrics.contains(Metric.ESCALATIONS_REGULATOR);
        boolean closures = metrics.contains(Metric.FIRST_CONTACT_RESOLUTION);
        DailyFacts current = rollups.dailyFacts(new DateRange(first.start(), last.end()), scope, escalations, closures);
        DailyFacts previousYear = rollups.dailyFacts(
                new DateRange(first.previousYear().start(), last.previousYear().end()), scope, escalations, closures);
        // months, quarters and years are whole months (but a partial last one): their problems from one read
        boolean wholeMonths = grain == Grain.MONTH || grain == Grain.QUARTER || grain == Grain.YEAR;
        if (wholeMonths && metrics.contains(Metric.TOP_PROBLEM_SHARE) && scope.channel() == null) {
            figures.useProblemMonths(rollups.problemsByMonth(YearMonth.from(first.previousYear().start()),
                    YearMonth.from(last.end().minusDays(1)).plusMonths(1), scope));
        }
        Map<Metric, List<TrendPoint>> series = new EnumMap<>(Metric.class);
        metrics.forEach(m -> series.put(m, new ArrayList<>()));
        Optional<DataSpan> data = DataSpans.of(rollups);
        // partial periods follow the scope's last complaint, as the KPIs do
        Optional<LocalDate> asOf = rollups.asOf(scope);
        for (Period p : periods) {
            CountedDays days = CountedDays.of(p, p.previousYear(), asOf, data);
            Map<Metric, Measure> now = measure(figures, days.current(), grain, scope, current, metrics, data);
            Map<Metric, Measure> before = measure(figures, days.previous(), grain, scope, previousYear, metrics, data);
            for (Metric m : metrics) {
                series.get(m).add(new TrendPoint(p, now.get(m).value(), before.get(m).value(), days.partial(),
                        now.get(m).reason()));
            }
        }
        return series;
    }

    /** A range's figures; a range with no day inside the store's data has no values (not zero). */
    private static Map<Metric, Measure> measure(RangeFigures figures, DateRange range, Grain grain, Scope scope,
                                                DailyFacts facts, Set<Metric> metrics, Optional<DataSpan> data) {
        if (data.isEmpty()) {
            return Measure.allMissing(Reason.of(Reason.Kind.NO_DATA));
        }
        if (!data.get().covers(range)) {
            return Measure.allMissing(data.get().outsideReason());
        }
        return figures.measure(range, grain, scope, facts, metrics);
    }
}
