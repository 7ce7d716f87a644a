package org.rectify.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rectify.domain.TicketFilter;
import org.rectify.sync.ImportListener;
import org.rectify.sync.TicketImporter;
import org.rectify.testing.StandardCsv;

/** The ticket list's search: ticket number, problem, text, and a subscriber by number, last digits or masked form. */
class TicketQueriesTest {

    @TempDir
    Path folder;

    @Test
    void aSubscriberIsFoundByNumberLastDigitsOrMaskedForm() throws Exception {
        try (Store store = Store.open(folder.resolve("data"))) {
            StandardCsv csv = StandardCsv.create();
            String[] subscribers = {"17312349255", "13800009255", "13912345678"};
            for (int i = 0; i < subscribers.length; i++) {
                csv.line(String.join(",", "Q" + i, "2014-05-0" + (i + 1) + " 10:00:00", "", "龙华", "民治服务中心", "抱怨",
                        "装维服务", "宽带修障超时", "10000号", "", "", "处理中", "王伟", subscribers[i], "", "用户反映网速慢"));
            }
            new TicketImporter(new SyncLog(store)).importFile(csv.writeTo(folder.resolve("t.csv")), ImportListener.NONE);
            TicketQueries queries = new TicketQueries(store);
            assertEquals(1, queries.count(TicketFilter.ALL.withText("17312349255")));
            assertEquals(2, queries.count(TicketFilter.ALL.withText("9255")));
            assertEquals(2, queries.count(TicketFilter.ALL.withText("173****9255")), "the tail of the masked form");
            assertEquals(0, queries.count(TicketFilter.ALL.withText("0000")));
            assertEquals(3, queries.count(TicketFilter.ALL.withText("网速慢")));
            assertEquals(1, queries.count(TicketFilter.ALL.withText("Q1")));
        }
        assertEquals("9255", TicketQueries.subscriberTail(" 173****9255 "));
        assertNull(TicketQueries.subscriberTail("宽带"));
        assertNull(TicketQueries.subscriberTail("925"));
    }

    @Test
    void everyFilterAndSortAgreesWithTheTicketsCountedOneByOne() throws Exception {
        java.util.Random random = new java.util.Random(1130);
        StandardCsv csv = StandardCsv.create();
        String[] districts = {"龙华", "坪山", "光明"};
        String[] categories = {"装维服务", "费用争议", ""};
        String[] problems = {"宽带修障超时", "话费争议", ""};
        String[] channels = {"10000号", "营业厅"};
        String[] escalations = {"", "", "工信部"};
        String[] fcr = {"是", "否", ""};
        for (int i = 0; i < 300; i++) {
            boolean closed = random.nextBoolean();
            java.time.LocalDateTime at = java.time.LocalDateTime.of(2014, 4 + random.nextInt(2), 1 + random.nextInt(28),
                    random.nextInt(24), 0);
            String created = org.rectify.domain.Timestamps.format(at);
            csv.line(String.join(",", "R" + i, created, closed ? org.rectify.domain.Timestamps.format(at.plusHours(3)) : "",
                    districts[random.nextInt(3)], "中心", random.nextInt(6) == 0 ? "咨询" : "抱怨", categories[random.nextInt(3)],
                    problems[random.nextInt(3)], channels[random.nextInt(2)], escalations[random.nextInt(3)],
                    fcr[random.nextInt(3)], closed ? "已归档" : "处理中", "王伟", "1380000" + String.format("%04d", random.nextInt(40)),
                    "", "内容" + i));
        }
        try (Store store = Store.open(folder.resolve("data"))) {
            var result = new TicketImporter(new SyncLog(store)).importFile(csv.writeTo(folder.resolve("r.csv")), ImportListener.NONE);
            assertEquals(0, result.counts().rejected(), result.toString());
            TicketQueries queries = new TicketQueries(store);
            java.util.List<org.rectify.domain.Ticket> all = new java.util.ArrayList<>();
            queries.forEach(TicketFilter.ALL, all::add);
            assertEquals(300, all.size());
            java.util.Set<String> repeats = new java.util.HashSet<>();
            try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + store.folder().resolve("rectify.db"));
                 var st = c.createStatement(); var rs = st.executeQuery("SELECT ticket_id FROM ticket WHERE is_repeat = 1")) {
                while (rs.next()) {
                    repeats.add(rs.getString(1));
                }
            }
            java.time.LocalDate may = java.time.LocalDate.of(2014, 5, 1);
            java.util.List<TicketFilter> filters = java.util.List.of(
                    TicketFilter.ALL.withRange(may, may.plusMonths(1)),
                    TicketFilter.ALL.withDistrict("坪山").withSlice("费用争议", null, null),
                    TicketFilter.ALL.withSlice("", "", "营业厅"),
                    TicketFilter.ALL.withFlags(true, null, null, false),
                    TicketFilter.ALL.withFlags(false, TicketFilter.Flag.UNKNOWN, null, false),
                    TicketFilter.ALL.withFlags(null, TicketFilter.Flag.YES, org.rectify.domain.TicketStatus.CLOSED, false),
                    TicketFilter.ALL.withFlags(null, TicketFilter.Flag.NO, org.rectify.domain.TicketStatus.OPEN, false),
                    TicketFilter.ALL.withFlags(null, null, null, true).withDistrict("龙华"),
                    TicketFilter.behindFigure(new org.rectify.domain.DateRange(may, may.plusMonths(1)), org.rectify.domain.Scope.ALL, "话费争议"));
            for (TicketFilter f : filters) {
                java.util.List<String> expected = all.stream().filter(t -> matches(f, t, repeats))
                        .map(org.rectify.domain.Ticket::ticketId).sorted().toList();
                java.util.List<String> found = new java.util.ArrayList<>();
                assertEquals(expected.size(), queries.count(f), f.toString());
                queries.forEach(f, t -> found.add(t.ticketId()));
                assertEquals(expected, found.stream().sorted().toList(), f.toString());
                assertEquals(expected.size(), queries.page(f, 0, 1000).size());
            }
            java.util.List<java.time.LocalDateTime> oldest = new java.util.ArrayList<>();
            queries.forEach(TicketFilter.ALL.withSort(TicketFilter.Sort.CREATED_OLDEST), t -> oldest.add(t.createdAt()));
            assertEquals(oldest.stream().sorted().toList(), oldest);
            java.util.List<String> ids = queries.page(TicketFilter.ALL.withSort(TicketFilter.Sort.TICKET_ID), 0, 300).stream()
                    .map(org.rectify.domain.Ticket::ticketId).toList();
            assertEquals(ids.stream().sorted().toList(), ids);
            TicketQueries.Origin origin = queries.origin("R7").orElseThrow();
            assertEquals("r.csv", origin.fileName());
            assertNull(origin.sheet());
            assertEquals(9L, origin.row(), "header on row 1, R0 on row 2");
        }
    }

    private static boolean matches(TicketFilter f, org.rectify.domain.Ticket t, java.util.Set<String> repeats) {
        java.time.LocalDate day = t.createdAt().toLocalDate();
        return (f.district() == null || f.district().equals(t.district()))
                && (f.from() == null || !day.isBefore(f.from())) && (f.toExclusive() == null || day.isBefore(f.toExclusive()))
                && (f.category() == null || f.category().equals(t.category() == null ? "" : t.category()))
                && (f.problem() == null || f.problem().equalsIgnoreCase(t.problem() == null ? "" : t.problem()))
                && (f.channel() == null || f.channel().equals(t.channel() == null ? "" : t.channel()))
                && (!f.complaintsOnly() || t.isComplaint())
                && (f.escalated() == null || f.escalated() == (t.escalationChannel() != null))
                && (f.firstContactResolved() == null || switch (f.firstContactResolved()) {
                    case YES -> Boolean.TRUE.equals(t.firstContactResolved());
                    case NO -> Boolean.FALSE.equals(t.firstContactResolved());
                    case UNKNOWN -> t.firstContactResolved() == null;
                })
                && (f.status() == null || f.status() == t.status())
                && (!f.repeatsOnly() || repeats.contains(t.ticketId()));
    }
}
