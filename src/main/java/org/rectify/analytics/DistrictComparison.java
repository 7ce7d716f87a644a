package org.rectify.analytics;

import java.util.ArrayList;
import java.util.List;
import org.rectify.domain.Period;
import org.rectify.domain.Scope;
import org.rectify.store.ReferenceData;
import org.rectify.store.RollupQueries;

/** The districts side by side for a period: each one's KPIs against last year, and its QC tier. */
public final class DistrictComparison {

    /**
     * One district's row; {@code tier} is null when no closed complaint had a known flag. The
     * city's row (all districts together) has a null {@code district}.
     */
    public record Row(String district, KpiReport kpis, QcTier tier) {

        public boolean city() {
            return district == null;
        }
    }

    private final KpiService kpis;
    private final TierService tiers;
    private final ReferenceData referenceData;
    private final RollupQueries rollups;

    public DistrictComparison(KpiService kpis, TierService tiers, ReferenceData referenceData, RollupQueries rollups) {
        this.kpis = kpis;
        this.tiers = tiers;
        this.referenceData = referenceData;
        this.rollups = rollups;
    }

    /** Complaints per district and category; a blank category is labelled {@code blankLabel}. */
    public CategoryMatrix matrix(Period period, String blankLabel) {
        return rollups.inOneRead(() -> CategoryMatrix.of(period, rollups, referenceData, blankLabel));
    }

    /** All districts together (全市), computed over the whole store as the dashboard does. */
    public Row city(Period period) {
        return rollups.inOneRead(() -> row(null, period, Scope.ALL));
    }

    public TierService.Thresholds tierThresholds() {
        return tiers.thresholds();
    }

    /** Each district's row, all read in one transaction: the rows add up to one state of the store. */
    public List<Row> compare(Period period) {
        return rollups.inOneRead(() -> compareInOneRead(period));
    }

    private List<Row> compareInOneRead(Period period) {
        List<Row> rows = new ArrayList<>();
        for (String district : referenceData.districts()) {
            rows.add(row(district, period, new Scope(district, null)));
        }
        return rows;
    }

    /** A row whose tier counts the days its KPIs count: a district whose data end early is partial alone. */
    private Row row(String district, Period period, Scope scope) {
        KpiReport kpi = kpis.compute(period, null, scope);
        return new Row(district, kpi, tiers.tierOf(kpi.countedRange(), scope));
    }
}
