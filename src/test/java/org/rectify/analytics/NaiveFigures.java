package org.rectify.analytics;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.rectify.domain.DateRange;
import org.rectify.domain.Grain;
import org.rectify.domain.Period;
import org.rectify.domain.ProblemNames;
import org.rectify.domain.Scope;

/**
 * DESIGN section 4 computed the plain way, ticket by ticket over the latest version of each, with
 * none of the store's roll-ups, codes or repeat flags: what the figures on screen are checked against.
 * Period arithmetic (ISO weeks, the same days a year earlier) and the tidying of problem spellings are
 * the domain's, tested on their own.
 */
final class NaiveFigures {

    private static final Set<String> BILLING = Set.of("费用争议");
    private static final Set<String> INSTALL = Set.of("装维服务");
    private static final Set<String> MAJOR = Set.of("集团客服", "省公司", "工信部", "通管局", "媒体");
    private static final Set<String> REGULATOR = Set.of("工信部", "通管局");

    private final List<RandomExports.Row> complaints;
    private final Set<String> repeats = new HashSet<>();
    private final Map<YearMonth, Map<String, Long>> subscribers;
    private final List<String> districts;

    NaiveFigures(List<RandomExports.Row> latest, Map<YearMonth, Map<String, Long>> subscribers, List<String> districts) {
        this.complaints = latest.stream().filter(RandomExports.Row::complaint).toList();
        this.subscribers = subscribers;
        this.districts = districts;
        for (RandomExports.Row c : complaints) {
            if (!c.subscriber().isEmpty() && complaints.stream().anyMatch(earlier -> earlier.subscriber().equals(c.subscriber())
                    && earlier.created().isBefore(c.created()) && !earlier.created().isBefore(c.created().minusDays(30)))) {
                repeats.add(c.id());
            }
        }
    }

    /** Each metric's value, previous value and change, as the KPI table shows them. */
    Map<Metric, KpiValue> kpis(Period period, Period vs, Scope scope) {
        Period comparison = vs != null ? vs : period.previousYear();
        Counted counted = counted(period, comparison, scope);
        Map<Metric, Double> now = measure(counted.now(), period.grain(), scope);
        Map<Metric, Double> before = measure(counted.before(), comparison.grain(), scope);
        Map<Metric, KpiValue> out = new EnumMap<>(Metric.class);
        for (Metric m : Metric.values()) {
            Double a = now.get(m);
            Double b = before.get(m);
            Double change = a == null || b == null ? null
                    : m.change() == Metric.Change.DIFFERENCE ? Double.valueOf(a - b) : b == 0 ? null : Double.valueOf(a / b - 1);
            out.put(m, new KpiValue(a, b, change, null));
        }
        return out;
    }

    /** The days a period's figures count and the days of its comparison, by DESIGN section 4's words. */
    record Counted(DateRange now, DateRange before) {
    }

    /**
     * Written apart from Period's own rules: the as-of date is the scope's last complaint; a period with a
     * day between the store's first and last complaint that ends after it is partial, and both sides count
     * the days up to it (none when the period starts after it) — for month-long grains the same calendar
     * span (months and days), for weeks and days the same number of days —, cut at the comparison's end.
     */
    Counted counted(Period period, Period comparison, Scope scope) {
        LocalDate first = complaints.stream().map(c -> c.created().toLocalDate()).min(Comparator.naturalOrder()).orElseThrow();
        LocalDate last = complaints.stream().map(c -> c.created().toLocalDate()).max(Comparator.naturalOrder()).orElseThrow();
        boolean inData = period.end().isAfter(first) && !period.start().isAfter(last);
        Optional<LocalDate> asOf = lastDay(scope);
        LocalDate periodLastDay = period.end().minusDays(1);
        if (!inData || asOf.isEmpty() || !asOf.get().isBefore(periodLastDay)) {
            return new Counted(period.range(), comparison.range());
        }
        LocalDate nowEnd = asOf.get().plusDays(1).isAfter(period.start()) ? asOf.get().plusDays(1) : period.start();
        LocalDate beforeEnd = period.grain() == Grain.DAY || period.grain() == Grain.WEEK
                ? comparison.start().plusDays(java.time.temporal.ChronoUnit.DAYS.between(period.start(), nowEnd))
                : comparison.start().plus(java.time.Period.between(period.start(), nowEnd));
        return new Counted(new DateRange(period.start(), nowEnd),
                new DateRange(comparison.start(), beforeEnd.isAfter(comparison.end()) ? comparison.end() : beforeEnd));
    }

    /** Every metric over one range; all null when no day of it lies between the store's first and last complaint. */
    Map<Metric, Double> measure(DateRange range, Grain grain, Scope scope) {
        Map<Metric, Double> m = new EnumMap<>(Metric.class);
        LocalDate first = complaints.stream().map(c -> c.created().toLocalDate()).min(Comparator.naturalOrder()).orElseThrow();
        LocalDate last = complaints.stream().map(c -> c.created().toLocalDate()).max(Comparator.naturalOrder()).orElseThrow();
        if (!range.end().isAfter(first) || range.start().isAfter(last)) {
            return m;
        }
        List<RandomExports.Row> in = complaints.stream().filter(c -> inScope(c, scope) && in(c.created(), range)).toList();
        long n = in.size();
        m.put(Metric.COMPLAINTS, (double) n);
        m.put(Metric.COMPLAINTS_PER_1000, perThousand(range, grain, scope, in));
        if (scope.channel() == null) {
            List<RandomExports.Row> closed = complaints.stream()
                    .filter(c -> inScope(c, scope) && c.closed() != null && in(c.closed(), range)).toList();
            long known = closed.stream().filter(c -> c.resolvedFirst() != null).count();
            long resolved = closed.stream().filter(c -> Boolean.TRUE.equals(c.resolvedFirst())).count();
            m.put(Metric.FIRST_CONTACT_RESOLUTION, known == 0 ? null : (double) resolved / known);
        }
        m.put(Metric.ESCALATIONS_MAJOR, (double) in.stream().filter(c -> MAJOR.contains(c.escalation())).count());
        m.put(Metric.ESCALATIONS_REGULATOR, (double) in.stream().filter(c -> REGULATOR.contains(c.escalation())).count());
        m.put(Metric.BILLING_DISPUTE_SHARE, share(in.stream().filter(c -> BILLING.contains(c.category())).count(), n));
        m.put(Metric.INSTALL_REPAIR_COMPLAINTS, (double) in.stream().filter(c -> INSTALL.contains(c.category())).count());
        long top = problemCounts(in).values().stream().mapToLong(Long::longValue).max().orElse(0);
        m.put(Metric.TOP_PROBLEM_SHARE, share(top, n));
        m.put(Metric.REPEAT_COMPLAINT_SHARE, share(in.stream().filter(c -> repeats.contains(c.id())).count(), n));
        return m;
    }

    /**
     * The QC tier of a scope's period: its first-contact resolution over the days the KPI table counts
     * (the same range as that figure), null without a closure whose flag is known.
     */
    QcTier tier(Period period, Scope scope, double selfCheckMin, double supportMin) {
        DateRange range = counted(period, period.previousYear(), scope).now();
        List<RandomExports.Row> closed = complaints.stream()
                .filter(c -> inScope(c, scope) && c.closed() != null && in(c.closed(), range)).toList();
        long known = closed.stream().filter(c -> c.resolvedFirst() != null).count();
        long resolved = closed.stream().filter(c -> Boolean.TRUE.equals(c.resolvedFirst())).count();
        return known == 0 ? null : (double) resolved / known >= selfCheckMin ? QcTier.SELF_CHECK
                : (double) resolved / known >= supportMin ? QcTier.SUPPORT : QcTier.SUPERVISION;
    }

    /** Complaints per non-blank problem, the spellings of one problem counted together. */
    Map<String, Long> problemCounts(List<RandomExports.Row> rows) {
        Map<String, Long> counts = new HashMap<>();
        for (RandomExports.Row c : rows) {
            if (!c.problem().isBlank()) {
                counts.merge(ProblemNames.key(c.problem()), 1L, Long::sum);
            }
        }
        return counts;
    }

    /** The complaints of a scope created in a range. */
    List<RandomExports.Row> complaints(DateRange range, Scope scope) {
        return complaints.stream().filter(c -> inScope(c, scope) && in(c.created(), range)).toList();
    }

    /** The scope's latest complaint's day. */
    Optional<LocalDate> lastDay(Scope scope) {
        return complaints.stream().filter(c -> inScope(c, scope)).map(c -> c.created().toLocalDate()).max(Comparator.naturalOrder());
    }

    private Double perThousand(DateRange range, Grain grain, Scope scope, List<RandomExports.Row> in) {
        List<String> counted = scope.district() != null ? List.of(scope.district()) : districts;
        YearMonth first = YearMonth.from(range.start());
        if (grain == Grain.WEEK || grain == Grain.DAY) {
            Long subs = subscribersOf(first, counted);
            return subs == null ? null : in.size() * 1000.0 / subs;
        }
        List<Double> rates = new ArrayList<>();
        for (YearMonth month = first; !month.isAfter(YearMonth.from(range.end().minusDays(1))); month = month.plusMonths(1)) {
            Long subs = subscribersOf(month, counted);
            if (subs == null) {
                return null;
            }
            YearMonth m = month;
            rates.add(in.stream().filter(c -> YearMonth.from(c.created()).equals(m)).count() * 1000.0 / subs);
        }
        // no month when none of a partial period's days has elapsed: no complaint counted, a true zero
        return rates.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }

    private Long subscribersOf(YearMonth month, List<String> counted) {
        long sum = 0;
        for (String d : counted) {
            Long n = subscribers.getOrDefault(month, Map.of()).get(d);
            if (n == null) {
                return null;
            }
            sum += n;
        }
        return sum;
    }

    private static boolean inScope(RandomExports.Row c, Scope scope) {
        return (scope.district() == null || scope.district().equals(c.district()))
                && (scope.category() == null || scope.category().equals(c.category()))
                && (scope.channel() == null || scope.channel().equals(c.channel()));
    }

    private static boolean in(LocalDateTime time, DateRange range) {
        LocalDate day = time.toLocalDate();
        return !day.isBefore(range.start()) && day.isBefore(range.end());
    }

    private static Double share(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }
}
