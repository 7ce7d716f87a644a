package org.rectify.analytics;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rectify.domain.DateRange;
import org.rectify.domain.Grain;
import org.rectify.domain.ProblemNames;
import org.rectify.domain.Scope;
import org.rectify.store.DailyFacts;
import org.rectify.store.KpiSettings;
import org.rectify.store.RollupQueries;

/** Every metric of DESIGN section 4 over one date range and scope, summed from the daily roll-ups. */
final class RangeFigures {

    private final RollupQueries rollups;
    private final KpiSettings.Values settings;
    private final List<String> districts;
    private Map<YearMonth, Map<String, Long>> subscribers;
    private final Map<String, Boolean> roleInStore = new HashMap<>();
    /** Problem counts of whole months read ahead (a series' months), else null: each range reads its own. */
    private Map<YearMonth, Map<String, Long>> problemMonths;

    RangeFigures(RollupQueries rollups, KpiSettings.Values settings, List<String> districts) {
        this.rollups = rollups;
        this.settings = settings;
        this.districts = districts;
    }

    /** Takes the problem counts of these whole months, read at once, for the ranges made of them. */
    void useProblemMonths(Map<YearMonth, Map<String, Long>> months) {
        this.problemMonths = months;
    }

    Map<Metric, Measure> measure(DateRange range, Grain grain, Scope scope) {
        return measure(range, grain, scope, rollups.dailyFacts(range, scope), EnumSet.allOf(Metric.class));
    }

    /** The wanted metrics over {@code range}, from {@code facts} that cover at least that range. */
    Map<Metric, Measure> measure(DateRange range, Grain grain, Scope scope, DailyFacts facts, Set<Metric> wanted) {
        Map<String, Long> byCategory = new HashMap<>();
        Map<String, Long> byEscalation = new HashMap<>();
        Map<YearMonth, Long> byMonth = new HashMap<>();
        long complaints = 0;
        long repeats = 0;
        for (DailyFacts.Complaints row : inRange(facts.complaints(), DailyFacts.Complaints::day, range)) {
            complaints += row.tickets();
            repeats += row.repeats();
            byCategory.merge(row.value(), row.tickets(), Long::sum);
            byMonth.merge(YearMonth.from(row.day()), row.tickets(), Long::sum);
        }
        for (DailyFacts.Complaints row : inRange(facts.escalations(), DailyFacts.Complaints::day, range)) {
            byEscalation.merge(row.value(), row.tickets(), Long::sum);
        }
        long resolved = 0;
        long known = 0;
        for (DailyFacts.Closures row : inRange(facts.closures(), DailyFacts.Closures::day, range)) {
            resolved += row.resolvedFirst();
            known += row.flagKnown();
        }
        Map<Metric, Measure> m = new EnumMap<>(Metric.class);
        m.put(Metric.COMPLAINTS, Measure.of(complaints));
        if (wanted.contains(Metric.COMPLAINTS_PER_1000)) {
            m.put(Metric.COMPLAINTS_PER_1000, perThousand(range, grain, scope, byMonth, complaints));
        }
        m.put(Metric.FIRST_CONTACT_RESOLUTION, scope.channel() != null
                ? Measure.missing(Reason.of(Reason.Kind.NOT_PER_CHANNEL))
                : Measure.share(resolved, known, Reason.Kind.NO_KNOWN_CLOSURE));
        m.put(Metric.ESCALATIONS_MAJOR, Measure.of(sumOf(byEscalation, settings.channels("major"))));
        m.put(Metric.ESCALATIONS_REGULATOR, Measure.of(sumOf(byEscalation, settings.channels("regulator"))));
        m.put(Metric.BILLING_DISPUTE_SHARE, noted(Measure.share(sumOf(byCategory, settings.categories("billing_dispute")),
                complaints, Reason.Kind.NO_COMPLAINT), "billing_dispute"));
        m.put(Metric.INSTALL_REPAIR_COMPLAINTS, noted(Measure.of(sumOf(byCategory, settings.categories("install_repair"))),
                "install_repair"));
        if (wanted.contains(Metric.TOP_PROBLEM_SHARE)) {
            long top = ProblemNames.merge(problems(range, scope)).entrySet().stream().filter(e -> !e.getKey().isBlank())
                    .mapToLong(Map.Entry::getValue).max().orElse(0);
            m.put(Metric.TOP_PROBLEM_SHARE, Measure.share(top, complaints, Reason.Kind.NO_COMPLAINT));
        }
        m.put(Metric.REPEAT_COMPLAINT_SHARE, Measure.share(repeats, complaints, Reason.Kind.NO_COMPLAINT));
        return m;
    }

    /** The range's problem counts: from the months read ahead when it is made of them, else read now. */
    private Map<String, Long> problems(DateRange range, Scope scope) {
        if (problemMonths != null && scope.channel() == null && range.start().getDayOfMonth() == 1
                && range.end().getDayOfMonth() == 1 && problemMonths.containsKey(YearMonth.from(range.start()))
                && problemMonths.containsKey(YearMonth.from(range.end().minusDays(1)))) {
            Map<String, Long> counts = new java.util.LinkedHashMap<>();
            for (YearMonth m = YearMonth.from(range.start()); m.isBefore(YearMonth.from(range.end())); m = m.plusMonths(1)) {
                problemMonths.get(m).forEach((problem, n) -> counts.merge(problem, n, Long::sum));
            }
            return counts;
        }
        return rollups.problems(range, scope);
    }

    /**
     * A role's figure is 0 by definition when the store has no category of that role at all (an
     * export of another operator); the value stays, with a reason saying so beside it.
     */
    private Measure noted(Measure measure, String role) {
        if (measure.value() == null || measure.reason() != null) {
            return measure;
        }
        boolean any = roleInStore.computeIfAbsent(role, rollups.names()::hasCategoryOfRole);
        return any ? measure : new Measure(measure.value(), Reason.of(Reason.Kind.NO_ROLE_CATEGORY, role));
    }

    /**
     * Month or longer: the mean over the range's months of complaints_m / subscribers_m × 1000.
     * Week or day: complaints / subscribers of the month of the first day × 1000.
     */
    private Measure perThousand(DateRange range, Grain grain, Scope scope, Map<YearMonth, Long> byMonth, long complaints) {
        YearMonth first = YearMonth.from(range.start());
        YearMonth last = YearMonth.from(range.end().minusDays(1));
        List<String> inScope = scope.district() != null ? List.of(scope.district()) : districts;
        if (grain == Grain.WEEK || grain == Grain.DAY) {
            Long subs = subscribersOf(first, inScope);
            if (subs == null) {
                return Measure.missing(missingReason(first, inScope));
            }
            return subs == 0 ? Measure.missing(Reason.of(Reason.Kind.ZERO_SUBSCRIBERS, first)) : Measure.of(complaints * 1000.0 / subs);
        }
        List<Double> rates = new ArrayList<>();
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            Long subs = subscribersOf(month, inScope);
            if (subs == null) {
                return Measure.missing(missingReason(month, inScope));
            }
            if (subs == 0) {
                return Measure.missing(Reason.of(Reason.Kind.ZERO_SUBSCRIBERS, month));
            }
            rates.add(byMonth.getOrDefault(month, 0L) * 1000.0 / subs);
        }
        return Measure.of(rates.stream().mapToDouble(Double::doubleValue).average().orElse(0));
    }

    private Long subscribersOf(YearMonth month, List<String> inScope) {
        Map<String, Long> ofMonth = subscriberCounts().getOrDefault(month, Map.of());
        long sum = 0;
        for (String d : inScope) {
            Long n = ofMonth.get(d);
            if (n == null) {
                return null;
            }
            sum += n;
        }
        return sum;
    }

    private Reason missingReason(YearMonth month, List<String> inScope) {
        Map<String, Long> ofMonth = subscriberCounts().getOrDefault(month, Map.of());
        String district = inScope.stream().filter(d -> !ofMonth.containsKey(d)).findFirst().orElse("?");
        return Reason.of(Reason.Kind.NO_SUBSCRIBERS, district, month);
    }

    /** All monthly counts, read once: the table has a row per district and month, a few hundred at most. */
    private Map<YearMonth, Map<String, Long>> subscriberCounts() {
        if (subscribers == null) {
            subscribers = rollups.subscribers(YearMonth.of(1900, 1), YearMonth.of(9999, 12));
        }
        return subscribers;
    }

    /** The rows of a day-ordered list that fall in the range, found by binary search. */
    private static <T> List<T> inRange(List<T> rows, java.util.function.Function<T, java.time.LocalDate> dayOf, DateRange range) {
        return rows.subList(DailyFacts.firstOnOrAfter(rows, dayOf, range.start()),
                DailyFacts.firstOnOrAfter(rows, dayOf, range.end()));
    }

    private static long sumOf(Map<String, Long> counts, Set<String> names) {
        return counts.entrySet().stream().filter(e -> names.contains(e.getKey())).mapToLong(Map.Entry::getValue).sum();
    }
}
