package org.rectify.analytics;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.rectify.domain.DateRange;
import org.rectify.domain.Grain;
import org.rectify.domain.Scope;
import org.rectify.store.KpiSettings;
import org.rectify.store.RollupQueries;
import org.rectify.store.RollupQueries.Dimension;

/** Every metric of DESIGN section 4 over one date range and scope, read from the roll-ups. */
final class RangeFigures {

    private final RollupQueries rollups;
    private final KpiSettings.Values settings;
    private final List<String> districts;

    RangeFigures(RollupQueries rollups, KpiSettings.Values settings, List<String> districts) {
        this.rollups = rollups;
        this.settings = settings;
        this.districts = districts;
    }

    Map<Metric, Measure> measure(DateRange range, Grain grain, Scope scope) {
        Map<Metric, Measure> m = new EnumMap<>(Metric.class);
        Map<String, Long> byCategory = rollups.complaintsBy(Dimension.CATEGORY, range, scope);
        long complaints = byCategory.values().stream().mapToLong(Long::longValue).sum();
        m.put(Metric.COMPLAINTS, Measure.of(complaints));
        m.put(Metric.COMPLAINTS_PER_1000, perThousand(range, grain, scope));
        long[] closures = rollups.closures(range, scope);
        m.put(Metric.FIRST_CONTACT_RESOLUTION, Measure.share(closures[0], closures[1],
                "closed complaint with a known first-contact flag"));
        Map<String, Long> byEscalation = rollups.complaintsBy(Dimension.ESCALATION_CHANNEL, range, scope);
        m.put(Metric.ESCALATIONS_MAJOR, Measure.of(sumOf(byEscalation, settings.channels("major"))));
        m.put(Metric.ESCALATIONS_REGULATOR, Measure.of(sumOf(byEscalation, settings.channels("regulator"))));
        m.put(Metric.BILLING_DISPUTE_SHARE, Measure.share(sumOf(byCategory, settings.categories("billing_dispute")),
                complaints, "complaint"));
        m.put(Metric.INSTALL_REPAIR_COMPLAINTS, Measure.of(sumOf(byCategory, settings.categories("install_repair"))));
        long top = rollups.complaintsBy(Dimension.PROBLEM, range, scope).entrySet().stream()
                .filter(e -> !e.getKey().isBlank()).mapToLong(Map.Entry::getValue).max().orElse(0);
        m.put(Metric.TOP_PROBLEM_SHARE, Measure.share(top, complaints, "complaint"));
        return m;
    }

    /**
     * Month or longer: the mean over the range's months of complaints_m / subscribers_m × 1000.
     * Week or day: complaints / subscribers of the month of the first day × 1000.
     */
    private Measure perThousand(DateRange range, Grain grain, Scope scope) {
        if (range.days() == 0) {
            return Measure.missing("the period has no days with data");
        }
        YearMonth first = YearMonth.from(range.start());
        YearMonth last = YearMonth.from(range.end().minusDays(1));
        Map<YearMonth, Map<String, Long>> subscribers = rollups.subscribers(first, last);
        List<String> inScope = scope.district() != null ? List.of(scope.district()) : districts;
        if (grain == Grain.WEEK || grain == Grain.DAY) {
            Long subs = subscribersOf(subscribers, first, inScope);
            if (subs == null) {
                return Measure.missing(missingReason(subscribers, first, inScope));
            }
            return subs == 0 ? Measure.missing("0 subscribers in " + first)
                    : Measure.of(rollups.complaints(range, scope) * 1000.0 / subs);
        }
        Map<String, Long> byMonth = rollups.complaintsBy(Dimension.MONTH, range, scope);
        List<Double> rates = new ArrayList<>();
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            Long subs = subscribersOf(subscribers, month, inScope);
            if (subs == null) {
                return Measure.missing(missingReason(subscribers, month, inScope));
            }
            if (subs == 0) {
                return Measure.missing("0 subscribers in " + month);
            }
            rates.add(byMonth.getOrDefault(month.toString(), 0L) * 1000.0 / subs);
        }
        return Measure.of(rates.stream().mapToDouble(Double::doubleValue).average().orElse(0));
    }

    private static Long subscribersOf(Map<YearMonth, Map<String, Long>> counts, YearMonth month, List<String> districts) {
        Map<String, Long> ofMonth = counts.getOrDefault(month, Map.of());
        long sum = 0;
        for (String d : districts) {
            Long n = ofMonth.get(d);
            if (n == null) {
                return null;
            }
            sum += n;
        }
        return sum;
    }

    private static String missingReason(Map<YearMonth, Map<String, Long>> counts, YearMonth month, List<String> districts) {
        Map<String, Long> ofMonth = counts.getOrDefault(month, Map.of());
        String district = districts.stream().filter(d -> !ofMonth.containsKey(d)).findFirst().orElse("?");
        return "no subscriber count for " + district + " in " + month;
    }

    private static long sumOf(Map<String, Long> counts, java.util.Set<String> names) {
        return counts.entrySet().stream().filter(e -> names.contains(e.getKey())).mapToLong(Map.Entry::getValue).sum();
    }

}
