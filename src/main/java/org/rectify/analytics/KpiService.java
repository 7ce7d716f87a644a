package org.rectify.analytics;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.rectify.domain.DateRange;
import org.rectify.domain.Period;
import org.rectify.domain.Scope;
import org.rectify.store.KpiSettings;
import org.rectify.store.ReferenceData;
import org.rectify.store.RollupQueries;

/**
 * The KPI table of a period against the same period a year earlier (or any period given). A
 * period that ends after the as-of date is partial: it is compared over the same elapsed days.
 */
public final class KpiService {

    private final RollupQueries rollups;
    private final ReferenceData referenceData;
    private final KpiSettings settings;

    public KpiService(RollupQueries rollups, ReferenceData referenceData, KpiSettings settings) {
        this.rollups = rollups;
        this.referenceData = referenceData;
        this.settings = settings;
    }

    /** The latest day with a complaint in the scope, if any. */
    public Optional<LocalDate> asOf(Scope scope) {
        return rollups.asOf(scope);
    }

    /** The first and last day with a complaint in the store; empty while the store holds none. */
    public Optional<DataSpan> dataSpan() {
        return DataSpans.of(rollups);
    }

    /** The categories complaints were filed under (blank excluded), for filters. */
    public java.util.List<String> categories() {
        return rollups.names().categories().stream().filter(c -> !c.isBlank()).toList();
    }

    /** The receiving channels of recent complaints, for filters. */
    public java.util.List<String> channels() {
        return rollups.recentChannels();
    }

    /** Problem names, the most frequent first, for filters. */
    public java.util.List<String> problems() {
        return rollups.names().problemNames(1_000);
    }

    /** The districts in their configured order, for selectors. */
    public java.util.List<String> districts() {
        return referenceData.districts();
    }

    public KpiReport compute(Period period, Period vs, Scope scope) {
        return rollups.inOneRead(() -> computeInOneRead(period, vs, scope));
    }

    private KpiReport computeInOneRead(Period period, Period vs, Scope scope) {
        Period comparison = vs != null ? vs : period.previousYear();
        Optional<DataSpan> span = dataSpan();
        Optional<LocalDate> asOf = rollups.asOf(scope);
        CountedDays days = CountedDays.of(period, comparison, asOf, span);
        KpiSettings.Values values = settings.load();
        RangeFigures figures = new RangeFigures(rollups, values, referenceData.districts());
        Map<Metric, Measure> now = measure(figures, days.current(), period, scope, span);
        Map<Metric, Measure> before = measure(figures, days.previous(), comparison, scope, span);
        Map<Metric, KpiValue> kpis = new EnumMap<>(Metric.class);
        Map<Metric, Double> targets = new EnumMap<>(Metric.class);
        for (Metric metric : Metric.values()) {
            kpis.put(metric, KpiValue.compare(metric, now.get(metric), before.get(metric)));
            Double target = values.targets().get(metric.key());
            if (target != null) {
                targets.put(metric, target);
            }
        }
        Reason outside = span.isEmpty() ? Reason.of(Reason.Kind.NO_DATA)
                : span.get().covers(period) ? null : span.get().outsideReason();
        return new KpiReport(period, comparison, scope, days.partial(), asOf.orElse(null), kpis, targets, outside);
    }

    /** Figures of a range, or nothing but the reason when the range lies outside the data. */
    private static Map<Metric, Measure> measure(RangeFigures figures, DateRange range, Period period, Scope scope,
                                                Optional<DataSpan> span) {
        if (span.isEmpty()) {
            return Measure.allMissing(Reason.of(Reason.Kind.NO_DATA));
        }
        if (!span.get().covers(range)) {
            return Measure.allMissing(span.get().outsideReason());
        }
        return figures.measure(range, period.grain(), scope);
    }
}
