package org.rectify.analytics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rectify.domain.DateRange;
import org.rectify.store.DailyFacts;
import org.rectify.domain.Grain;
import org.rectify.domain.Period;
import org.rectify.domain.Scope;
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
        Map<Metric, List<TrendPoint>> series = new EnumMap<>(Metric.class);
        metrics.forEach(m -> series.put(m, new ArrayList<>()));
        DataSpan span = new DataSpan(rollups.firstDay(scope).orElse(null), rollups.asOf(scope).orElse(null));
        for (Period p : periods) {
            // the period the data ends in is compared over the same elapsed days, as the KPIs are
            boolean partial = span.last() != null && p.isPartialAsOf(span.last());
            DateRange nowRange = partial ? new DateRange(p.start(), span.last().plusDays(1)) : p.range();
            DateRange beforeRange = partial ? p.sameSliceIn(p.previousYear(), span.last()) : p.previousYear().range();
            Map<Metric, Measure> now = figures.measure(nowRange, grain, scope, current, metrics);
            Map<Metric, Measure> before = figures.measure(beforeRange, grain, scope, previousYear, metrics);
            for (Metric m : metrics) {
                series.get(m).add(new TrendPoint(p, span.covers(p) ? now.get(m).value() : null,
                        span.covers(p.previousYear()) ? before.get(m).value() : null, partial));
            }
        }
        return series;
    }

    /** The days the store has complaints for in a scope: a period wholly outside has no value (not zero). */
    private record DataSpan(LocalDate first, LocalDate last) {
        boolean covers(Period p) {
            return first != null && p.end().isAfter(first) && !p.start().isAfter(last);
        }
    }
}
