package org.rectify.checklist;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.rectify.domain.ChecklistItem;
import org.rectify.domain.ItemKind;
import org.rectify.domain.Period;
import org.rectify.domain.ProblemNames;
import org.rectify.domain.Ticket;
import org.rectify.store.ChecklistCatalogue;
import org.rectify.store.ChecklistData;
import org.rectify.store.ChecklistData.SliceCount;
import org.rectify.store.TicketQueries;

/**
 * What the rules propose for one district's week (DESIGN 5), before anything is compared with the
 * items that exist: problem items (TOP-N of the week, and sharp week-on-week rises) and ticket
 * items (complaints a must-analyse rule names, and subscribers' third complaints in the window).
 */
final class RuleProposals {

    private final ChecklistData data;
    private final TicketQueries tickets;
    private final ChecklistSettings settings;
    private final List<ChecklistCatalogue.Rule> rules;
    private final Set<String> regulatorChannels;

    RuleProposals(ChecklistData data, TicketQueries tickets, ChecklistSettings settings, List<ChecklistCatalogue.Rule> rules,
                  Set<String> regulatorChannels) {
        this.data = data;
        this.tickets = tickets;
        this.settings = settings;
        this.rules = List.copyOf(rules);
        this.regulatorChannels = Set.copyOf(regulatorChannels);
    }

    /** Problem and ticket items of the week for one district, or for every district when null, in one pass over the data. */
    List<ChecklistItem> propose(Period week, String district) {
        Map<String, List<SliceCount>> now = byDistrict(data.slices(week.range(), district));
        Map<String, List<SliceCount>> before = byDistrict(data.slices(week.previous().range(), district));
        Map<String, List<Ticket>> tickets = new LinkedHashMap<>();
        Map<String, Set<String>> why = new HashMap<>();
        for (Ticket t : data.mustAnalyse(week.range(), district)) {
            tickets.computeIfAbsent(t.district(), k -> new ArrayList<>()).add(t);
            why.put(t.ticketId(), matching(t));
        }
        if (!ruleValues("third_complaint").isEmpty()) {
            for (String id : thirdComplaints(week)) {
                if (why.containsKey(id)) {
                    why.get(id).add("third_complaint");
                    continue;
                }
                this.tickets.byId(id).filter(t -> district == null || t.district().equals(district)).ifPresent(t -> {
                    tickets.computeIfAbsent(t.district(), k -> new ArrayList<>()).add(t);
                    why.put(id, new TreeSet<>(Set.of("third_complaint")));
                });
            }
        }
        java.util.TreeSet<String> districts = new java.util.TreeSet<>(now.keySet());
        districts.addAll(tickets.keySet());
        List<ChecklistItem> items = new ArrayList<>();
        for (String d : districts) {
            items.addAll(problems(week, d, now.getOrDefault(d, List.of()), before.getOrDefault(d, List.of())));
            items.addAll(ticketItems(week, d, tickets.getOrDefault(d, List.of()), why));
        }
        return items;
    }

    private List<ChecklistItem> problems(Period week, String district, List<SliceCount> nowRows, List<SliceCount> beforeRows) {
        Map<String, SliceCount> now = bySlice(nowRows);
        Map<String, SliceCount> before = bySlice(beforeRows);
        Map<String, List<String>> rules = new LinkedHashMap<>();
        // most complaints first, then by name: an order of the data, never of the store's name codes (which
        // follow the order the names were first imported in)
        List<SliceCount> ordered = now.values().stream()
                .sorted(Comparator.comparingLong(SliceCount::complaints).reversed()
                        .thenComparing(SliceCount::category).thenComparing(SliceCount::problem))
                .toList();
        ordered.stream().limit(settings.topN())
                .forEach(s -> rules.computeIfAbsent(key(s), k -> new ArrayList<>()).add("top"));
        for (SliceCount s : ordered) {
            long previous = before.containsKey(key(s)) ? before.get(key(s)).complaints() : 0;
            boolean rose = s.complaints() * 100 >= previous * (100L + settings.risePercent())
                    && s.complaints() - previous >= settings.riseMinTickets();
            if (rose) {
                rules.computeIfAbsent(key(s), k -> new ArrayList<>()).add("rise");
            }
        }
        List<ChecklistItem> items = new ArrayList<>();
        rules.forEach((key, why) -> {
            SliceCount s = now.get(key);
            int baseline = Math.toIntExact(s.complaints());
            items.add(ChecklistItem.proposed(week, district, ItemKind.PROBLEM, String.join(",", why),
                    s.problem() + "（" + s.category() + "）", s.category(), s.problem(), null, null, baseline,
                    settings.targetFor(baseline), defaultDue(week)));
        });
        return items;
    }

    private List<ChecklistItem> ticketItems(Period week, String district, List<Ticket> chosen, Map<String, Set<String>> why) {
        List<ChecklistItem> items = new ArrayList<>();
        chosen.stream().sorted(Comparator.comparing(Ticket::createdAt).thenComparing(Ticket::ticketId))
                .forEach(t -> items.add(ChecklistItem.proposed(week, district, ItemKind.TICKET,
                        String.join(",", why.get(t.ticketId())), t.ticketId() + " " + (t.problem() == null ? "" : t.problem()),
                        t.category(), t.problem(), t.ticketId(), t.subscriber(), null, null, defaultDue(week))));
        return items;
    }

    /** Complaints of the week that are at least their subscriber's third within the repeat window. */
    private List<String> thirdComplaints(Period week) {
        LocalDateTime from = week.start().atStartOfDay();
        List<ChecklistData.Contact> contacts = data.contacts(from.minusDays(settings.repeatWindowDays()),
                week.end().atStartOfDay());
        Map<String, List<LocalDateTime>> seen = new HashMap<>();
        List<String> third = new ArrayList<>();
        for (ChecklistData.Contact c : contacts) {
            List<LocalDateTime> earlier = seen.computeIfAbsent(c.subscriber(), k -> new ArrayList<>());
            LocalDateTime windowStart = c.createdAt().minusDays(settings.repeatWindowDays());
            earlier.removeIf(t -> t.isBefore(windowStart));
            if (!c.createdAt().isBefore(from) && earlier.size() >= 2) {
                third.add(c.ticketId());
            }
            earlier.add(c.createdAt());
        }
        return third;
    }

    /** The Friday of the week after: a week to act, as the weekly meeting runs. */
    static java.time.LocalDate defaultDue(Period week) {
        return week.start().plusDays(11);
    }

    private static Map<String, List<SliceCount>> byDistrict(List<SliceCount> rows) {
        Map<String, List<SliceCount>> map = new HashMap<>();
        rows.forEach(r -> map.computeIfAbsent(r.district(), k -> new ArrayList<>()).add(r));
        return map;
    }

    private static Map<String, SliceCount> bySlice(List<SliceCount> rows) {
        Map<String, SliceCount> map = new LinkedHashMap<>();
        rows.forEach(r -> map.put(key(r), r));
        return map;
    }

    private static String key(SliceCount s) {
        return s.category() + '\u0000' + ProblemNames.key(s.problem());
    }

    /** Which of the category, problem and regulator rules a ticket matched (the store selected it for one of them). */
    private Set<String> matching(Ticket t) {
        Set<String> names = new TreeSet<>();
        if (t.category() != null && ruleValues("category").contains(t.category())) {
            names.add("category");
        }
        if (t.problem() != null && ruleValues("problem").contains(t.problem())) {
            names.add("problem");
        }
        if (t.isEscalated() && regulatorChannels.contains(t.escalationChannel()) && !ruleValues("regulator").isEmpty()) {
            names.add("regulator");
        }
        return names;
    }

    private Set<String> ruleValues(String rule) {
        Set<String> values = new java.util.HashSet<>();
        rules.stream().filter(r -> r.rule().equals(rule)).forEach(r -> values.add(r.value()));
        return values;
    }
}
