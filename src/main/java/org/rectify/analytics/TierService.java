package org.rectify.analytics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.rectify.domain.DateRange;
import org.rectify.domain.Period;
import org.rectify.domain.Scope;
import org.rectify.store.KpiSettings;
import org.rectify.store.RollupQueries;
import org.rectify.store.RollupQueries.ClosureUnit;

/** QC tiers of districts or service centers by first-contact resolution in a period. */
public final class TierService {

    /** One unit's first-contact resolution and tier ({@code rate} and {@code tier} null without known flags). */
    public record TierRow(String unit, long resolved, long known, Double rate, QcTier tier) {
    }

    private final RollupQueries rollups;
    private final KpiSettings settings;

    public TierService(RollupQueries rollups, KpiSettings settings) {
        this.rollups = rollups;
        this.settings = settings;
    }

    /** The days the KPI table counts for the period in the scope. */
    private DateRange counted(Period period, Scope scope) {
        return CountedDays.of(period, period.previousYear(), rollups.asOf(scope), DataSpans.of(rollups)).current();
    }

    /** The tiers' lower bounds (self-check, support) as set: below support is supervision. */
    public record Thresholds(double selfCheckMin, double supportMin) {
    }

    public Thresholds thresholds() {
        KpiSettings.Values values = settings.load();
        return new Thresholds(values.selfCheckMin(), values.supportMin());
    }

    /** The tier of a whole scope (all its closures together), null without known flags. */
    public QcTier tierOf(Period period, Scope scope) {
        return tierOf(counted(period, scope), scope);
    }

    /** The tier of a scope over the days a KPI report counted ({@link KpiReport#countedRange}). */
    public QcTier tierOf(DateRange counted, Scope scope) {
        long resolved = 0;
        long known = 0;
        for (TierRow row : tiers(counted, ClosureUnit.DISTRICT, scope)) {
            resolved += row.resolved();
            known += row.known();
        }
        Thresholds t = thresholds();
        return QcTier.of(resolved, known, t.selfCheckMin(), t.supportMin());
    }

    /**
     * Service centers are named "district/center". The closures are those of the days the KPI table counts
     * for the scope (up to its last complaint in a partial period): a tier always goes with the
     * first-contact resolution shown beside it.
     */
    public List<TierRow> tiers(Period period, ClosureUnit unit, Scope scope) {
        return tiers(counted(period, scope), unit, scope);
    }

    private List<TierRow> tiers(DateRange counted, ClosureUnit unit, Scope scope) {
        KpiSettings.Values values = settings.load();
        List<TierRow> rows = new ArrayList<>();
        for (Map.Entry<String, long[]> e : rollups.closuresBy(unit, counted, scope).entrySet()) {
            long resolved = e.getValue()[0];
            long known = e.getValue()[1];
            rows.add(new TierRow(e.getKey(), resolved, known, known == 0 ? null : (double) resolved / known,
                    QcTier.of(resolved, known, values.selfCheckMin(), values.supportMin())));
        }
        return rows;
    }
}
