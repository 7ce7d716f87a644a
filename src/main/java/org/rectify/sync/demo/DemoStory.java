package org.rectify.sync.demo;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rectify.domain.Period;
import org.rectify.domain.Ticket;

/**
 * Gives the districts different weeks, so that a weekly meeting on the demo has something to
 * discuss, without moving any city-level figure: problems are only exchanged between complaints of
 * the same category and month, first-contact flags only between complaints of the same category
 * and closing month. The stories:
 * <ul>
 *   <li>龙华: 宽带移机超时 surges in 2014-W16 … W18;</li>
 *   <li>坪山: 预约后未按时上门 jumps in W10 and falls for good (its item is verified); 宽带故障反复
 *       jumps in W10, falls, and comes back in W16 (a rebound);</li>
 *   <li>光明: first-contact resolution falls from 2014-03 into 支撑推动, its 公明 service center into 督办.</li>
 * </ul>
 */
final class DemoStory {

    static final String SURGE_DISTRICT = "龙华";
    static final String RECOVERING_DISTRICT = "坪山";
    static final String SURGE_PROBLEM = "宽带移机超时";
    static final String VERIFIED_PROBLEM = "预约后未按时上门";
    static final String REBOUND_PROBLEM = "宽带故障反复";
    static final String FALLING_DISTRICT = "光明";
    static final String FALLING_CENTER = "公明服务中心";
    /** Share of the falling center's known closures whose flag turns to "not resolved". */
    private static final double FCR_DROP = 0.055;
    private static final YearMonth FCR_FROM = YearMonth.of(2014, 3);

    private static final Set<String> STORY_DISTRICTS = Set.of(SURGE_DISTRICT, RECOVERING_DISTRICT);
    private static final Set<String> STORY_PROBLEMS = Set.of(SURGE_PROBLEM, VERIFIED_PROBLEM, REBOUND_PROBLEM);

    /** A district's weekly complaints of one problem, set to these counts (at scale 1). */
    private record Shape(String district, String problem, Map<Period, Integer> weekly) {
    }

    private static final List<Shape> SHAPES = List.of(
            new Shape(SURGE_DISTRICT, SURGE_PROBLEM, weeks(10, 6, 7, 8, 9, 8, 10, 35, 48, 40)),
            new Shape(RECOVERING_DISTRICT, VERIFIED_PROBLEM, weeks(9, 4, 18, 14, 10, 8, 7, 8, 6, 7, 8)),
            new Shape(RECOVERING_DISTRICT, REBOUND_PROBLEM, weeks(9, 4, 16, 14, 10, 9, 8, 9, 18, 20, 16)));

    private final int scale;

    DemoStory(int scale) {
        this.scale = scale;
    }

    /** The month's tickets with the stories told; the list is changed in place and returned. */
    List<Ticket> tell(YearMonth month, List<Ticket> tickets) {
        for (Shape shape : SHAPES) {
            shape.weekly().forEach((week, count) -> shapeWeek(month, tickets, shape, week, count * scale));
        }
        if (!month.isBefore(FCR_FROM)) {
            lowerFirstContact(tickets);
        }
        return tickets;
    }

    private static Map<Period, Integer> weeks(int firstWeek, int... counts) {
        Map<Period, Integer> map = new LinkedHashMap<>();
        for (int i = 0; i < counts.length; i++) {
            map.put(Period.isoWeek(2014, firstWeek + i), counts[i]);
        }
        return map;
    }

    private static void shapeWeek(YearMonth month, List<Ticket> tickets, Shape shape, Period week, int wanted) {
        int portion = portion(month, week, wanted);
        if (portion < 0) {
            return; // the week has no day in this month
        }
        List<Integer> inWeek = new ArrayList<>();
        int have = 0;
        for (int i = 0; i < tickets.size(); i++) {
            Ticket t = tickets.get(i);
            if (t.isComplaint() && t.district().equals(shape.district()) && week.contains(t.createdAt())
                    && DemoCatalog.INSTALL.equals(t.category())) {
                inWeek.add(i);
                have += shape.problem().equals(t.problem()) ? 1 : 0;
            }
        }
        boolean raise = have < portion;
        List<Integer> here = inWeek.stream().filter(i -> raise != shape.problem().equals(tickets.get(i).problem())
                && (!raise || !STORY_PROBLEMS.contains(tickets.get(i).problem()))).toList();
        List<Integer> there = new ArrayList<>();
        for (int i = 0; i < tickets.size(); i++) {
            Ticket t = tickets.get(i);
            boolean outside = t.isComplaint() && !STORY_DISTRICTS.contains(t.district()) && DemoCatalog.INSTALL.equals(t.category());
            if (outside && (raise ? shape.problem().equals(t.problem()) : !STORY_PROBLEMS.contains(t.problem()))) {
                there.add(i);
            }
        }
        int swaps = Math.min(Math.abs(portion - have), Math.min(here.size(), there.size()));
        for (int k = 0; k < swaps; k++) {
            swapProblems(tickets, here.get(k), there.get(k));
        }
    }

    /** The part of a week's count that falls in this month: by days, the first month rounding, the second the rest. */
    private static int portion(YearMonth month, Period week, int wanted) {
        int inMonth = 0;
        for (LocalDate d = week.start(); d.isBefore(week.end()); d = d.plusDays(1)) {
            inMonth += YearMonth.from(d).equals(month) ? 1 : 0;
        }
        if (inMonth == 0) {
            return -1;
        }
        int firstMonthShare = (int) Math.round(wanted * (YearMonth.from(week.start()).equals(month) ? inMonth : 7 - inMonth) / 7.0);
        return YearMonth.from(week.start()).equals(month) ? firstMonthShare : wanted - firstMonthShare;
    }

    private static void swapProblems(List<Ticket> tickets, int a, int b) {
        Ticket x = tickets.get(a);
        Ticket y = tickets.get(b);
        tickets.set(a, withProblem(x, y.problem(), y.description()));
        tickets.set(b, withProblem(y, x.problem(), x.description()));
    }

    /** Turns resolved flags of the falling center into unresolved ones, taking resolved flags from other districts. */
    private void lowerFirstContact(List<Ticket> tickets) {
        Map<YearMonth, List<Integer>> centerResolved = new LinkedHashMap<>();
        Map<YearMonth, Integer> centerKnown = new LinkedHashMap<>();
        for (int i = 0; i < tickets.size(); i++) {
            Ticket t = tickets.get(i);
            if (t.isComplaint() && t.closedAt() != null && t.firstContactResolved() != null
                    && t.district().equals(FALLING_DISTRICT) && FALLING_CENTER.equals(t.serviceCenter())) {
                YearMonth closing = YearMonth.from(t.closedAt());
                centerKnown.merge(closing, 1, Integer::sum);
                if (t.firstContactResolved()) {
                    centerResolved.computeIfAbsent(closing, m -> new ArrayList<>()).add(i);
                }
            }
        }
        boolean[] used = new boolean[tickets.size()];
        centerResolved.forEach((closing, candidates) -> {
            int wanted = (int) Math.round(centerKnown.get(closing) * FCR_DROP);
            int done = 0;
            for (int k = 0; k < candidates.size() && done < wanted; k++) {
                int a = candidates.get(k);
                int b = unresolvedElsewhere(tickets, tickets.get(a), closing, used);
                if (b >= 0) {
                    used[b] = true;
                    tickets.set(a, withFirstContact(tickets.get(a), false));
                    tickets.set(b, withFirstContact(tickets.get(b), true));
                    done++;
                }
            }
        });
    }

    private static int unresolvedElsewhere(List<Ticket> tickets, Ticket like, YearMonth closing, boolean[] used) {
        for (int i = 0; i < tickets.size(); i++) {
            Ticket t = tickets.get(i);
            if (!used[i] && t.isComplaint() && Boolean.FALSE.equals(t.firstContactResolved()) && t.closedAt() != null
                    && !t.district().equals(FALLING_DISTRICT) && YearMonth.from(t.closedAt()).equals(closing)
                    && like.category().equals(t.category())) {
                return i;
            }
        }
        return -1;
    }

    private static Ticket withProblem(Ticket t, String problem, String description) {
        return new Ticket(t.ticketId(), t.createdAt(), t.closedAt(), t.district(), t.serviceCenter(), t.kind(), t.kindRaw(),
                t.category(), problem, t.channel(), t.escalationChannel(), t.firstContactResolved(), t.status(),
                t.statusRaw(), t.owner(), t.subscriber(), t.satisfaction(), description);
    }

    private static Ticket withFirstContact(Ticket t, Boolean resolved) {
        return new Ticket(t.ticketId(), t.createdAt(), t.closedAt(), t.district(), t.serviceCenter(), t.kind(), t.kindRaw(),
                t.category(), t.problem(), t.channel(), t.escalationChannel(), resolved, t.status(), t.statusRaw(),
                t.owner(), t.subscriber(), t.satisfaction(), t.description());
    }
}
