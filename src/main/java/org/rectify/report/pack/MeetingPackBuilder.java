package org.rectify.report.pack;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.rectify.analytics.DistrictComparison;
import org.rectify.analytics.Metric;
import org.rectify.analytics.ParetoService;
import org.rectify.analytics.TrendService;
import org.rectify.checklist.Verification;
import org.rectify.checklist.ChecklistService;
import org.rectify.checklist.ItemRow;
import org.rectify.domain.DateRange;
import org.rectify.domain.Grain;
import org.rectify.domain.Period;
import org.rectify.domain.Scope;

/** Computes a week's meeting pack from the analytics and the checklist: the numbers are theirs, never recomputed here. */
public final class MeetingPackBuilder {

    /** Weeks of trend on a district page, ending with the meeting's week. */
    static final int TREND_WEEKS = 12;
    static final int TOP_N = 10;

    private final DistrictComparison districts;
    private final TrendService trends;
    private final ParetoService pareto;
    private final ChecklistService checklist;

    public MeetingPackBuilder(DistrictComparison districts, TrendService trends, ParetoService pareto,
                              ChecklistService checklist) {
        this.districts = districts;
        this.trends = trends;
        this.pareto = pareto;
        this.checklist = checklist;
    }

    /** The pack of {@code week}; with a district, its page only (the city page stays). */
    public MeetingPack build(Period week, String district, LocalDateTime at) {
        List<DistrictComparison.Row> rows = new ArrayList<>(districts.compare(week));
        DistrictComparison.Row city = rows.stream().filter(DistrictComparison.Row::city).findFirst()
                .orElseGet(() -> districts.city(week));
        rows.removeIf(DistrictComparison.Row::city);
        List<DistrictComparison.Row> ranked = rows.stream().sorted(Comparator.comparing(
                (DistrictComparison.Row r) -> r.kpis().metrics().get(Metric.COMPLAINTS_PER_1000).value(),
                Comparator.nullsLast(Comparator.reverseOrder()))).toList();
        Period first = week;
        for (int i = 1; i < TREND_WEEKS; i++) {
            first = first.previous();
        }
        List<MeetingPack.DistrictPage> pages = new ArrayList<>();
        List<String> order = checklist.meetingOrder().districts();
        rows.sort(Comparator.comparingInt(r -> order.indexOf(r.district()) < 0 ? Integer.MAX_VALUE : order.indexOf(r.district())));
        for (DistrictComparison.Row r : rows) {
            if (district != null && !district.equals(r.district())) {
                continue;
            }
            Scope scope = new Scope(r.district(), null);
            pages.add(new MeetingPack.DistrictPage(r.district(), r.kpis(),
                    trends.series(Metric.COMPLAINTS, Grain.WEEK, first, week, scope),
                    checklist.interventions(scope, Grain.WEEK, new DateRange(first.start(), week.end())),
                    pareto.top(week, scope, TOP_N),
                    meetingOrder(checklist.list(week, r.district()).rows(), week)));
        }
        return new MeetingPack(week, at, city.kpis(), ranked,
                trends.series(Metric.COMPLAINTS, Grain.WEEK, first, week, Scope.ALL), pareto.top(week, Scope.ALL, TOP_N), pages);
    }

    /** Level 3 and 2 first, then other overdue items, then those verified in the week, then rebounds, then the rest. */
    static List<ItemRow> meetingOrder(List<ItemRow> rows, Period week) {
        return rows.stream().sorted(Comparator.comparingInt((ItemRow r) -> rank(r, week))
                .thenComparing(Comparator.comparingInt(ItemRow::level).reversed())
                .thenComparingLong(r -> r.item().id())).toList();
    }

    private static int rank(ItemRow r, Period week) {
        Verification.State state = r.verification().state();
        if (r.level() >= 2) {
            return 0;
        }
        if (r.level() == 1) {
            return 1;
        }
        if (state == Verification.State.VERIFIED && r.item().closedOn() != null && week.contains(r.item().closedOn())) {
            return 2;
        }
        if (state == Verification.State.REBOUND || state == Verification.State.FLAGGED || state == Verification.State.NOT_MET) {
            return 3;
        }
        return 4;
    }

}
