package org.rectify.ui.common;

import org.rectify.analytics.DistrictComparison;
import org.rectify.analytics.KpiService;
import org.rectify.analytics.ParetoService;
import org.rectify.analytics.TierService;
import org.rectify.analytics.TrendService;
import org.rectify.store.KpiSettings;
import org.rectify.store.ReferenceData;
import org.rectify.store.RollupQueries;
import org.rectify.store.Store;

/** The analytics the screens read through (never SQL in the UI), handed over by the app's wiring. */
public record DesktopAnalytics(KpiService kpis, TrendService trends, ParetoService pareto,
                               DistrictComparison districts) {

    /** The analytics over a store's roll-ups and settings. */
    public static DesktopAnalytics over(Store store, ReferenceData referenceData) {
        RollupQueries rollups = new RollupQueries(store);
        KpiSettings settings = new KpiSettings(store);
        KpiService kpis = new KpiService(rollups, referenceData, settings);
        return new DesktopAnalytics(kpis, new TrendService(rollups, referenceData, settings), new ParetoService(rollups),
                new DistrictComparison(kpis, new TierService(rollups, settings), referenceData, rollups));
    }
}
