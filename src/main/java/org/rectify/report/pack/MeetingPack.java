package org.rectify.report.pack;

import java.time.LocalDateTime;
import java.util.List;
import org.rectify.analytics.DistrictComparison;
import org.rectify.analytics.KpiReport;
import org.rectify.analytics.Pareto;
import org.rectify.analytics.TrendPoint;
import org.rectify.checklist.InterventionMark;
import org.rectify.checklist.ItemRow;
import org.rectify.domain.Period;

/**
 * What the weekly meeting looks at, computed once for every format: the city page (KPIs against
 * target and last year, districts ranked by complaints per 1,000, QC tiers, the city's weekly trend
 * and TOP problems) and one page per district (KPIs, weekly trend with last year, TOP problems, the
 * checklist in meeting order).
 */
public record MeetingPack(Period week, LocalDateTime generatedAt, KpiReport city, List<DistrictComparison.Row> ranking,
                          List<TrendPoint> cityTrend, Pareto cityPareto, List<DistrictPage> districts) {

    /**
     * One district's page. {@code interventions}: its problem items raised and done in the trend's weeks;
     * {@code items}: supervision level 3 and 2 first, then overdue, verified this week, rebounds, the rest.
     */
    public record DistrictPage(String district, KpiReport kpis, List<TrendPoint> trend,
                               List<InterventionMark> interventions, Pareto pareto, List<ItemRow> items) {

        public DistrictPage {
            trend = List.copyOf(trend);
            interventions = List.copyOf(interventions);
            items = List.copyOf(items);
        }
    }

    public MeetingPack {
        ranking = List.copyOf(ranking);
        cityTrend = List.copyOf(cityTrend);
        districts = List.copyOf(districts);
    }
}
