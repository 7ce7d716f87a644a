package org.rectify.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.rectify.domain.DateRange;
import org.rectify.domain.Scope;
import org.rectify.sync.ImportListener;
import org.rectify.sync.TicketImporter;
import org.rectify.testing.StandardCsv;

/**
 * Complaints per problem over any range and scope — read from whole months, whole ISO weeks and the days
 * left (the monthly and weekly roll-ups, the tickets' time index) — equal a count of the complaints themselves: ranges of a day to a quarter, starting on any
 * day, inside the data, across its ends and beyond it; scopes by district, category and channel.
 */
class ProblemCountsPropertiesTest {

    private static final LocalDate FIRST = LocalDate.of(2014, 1, 1);

    record Complaint(int day, String district, String category, String problem, String channel) {
        String line(int id) {
            return String.join(",", "P" + id, FIRST.plusDays(day) + " 09:00:00", "", district, "", "抱怨", category,
                    problem, channel, "", "", "处理中", "", "", "", "");
        }

        boolean in(DateRange range, Scope scope) {
            LocalDate created = FIRST.plusDays(day);
            return !created.isBefore(range.start()) && created.isBefore(range.end())
                    && (scope.district() == null || scope.district().equals(district))
                    && (scope.category() == null || scope.category().equals(category))
                    && (scope.channel() == null || scope.channel().equals(channel));
        }
    }

    record Ask(int startDay, int days, Scope scope) {
        DateRange range() {
            return new DateRange(FIRST.plusDays(startDay), FIRST.plusDays(startDay + days));
        }
    }

    @Provide
    Arbitrary<List<Complaint>> complaints() {
        return Combinators.combine(Arbitraries.integers().between(0, 130), Arbitraries.of("龙华", "坪山"),
                Arbitraries.of("装维服务", "费用争议"), Arbitraries.of("宽带修障超时", "装机慢", "话费争议", ""),
                Arbitraries.of("10000号", "营业厅")).as(Complaint::new).list().ofMinSize(1).ofMaxSize(300);
    }

    @Provide
    Arbitrary<List<Ask>> asks() {
        Arbitrary<Scope> scope = Arbitraries.of(Scope.ALL, new Scope("龙华", null), new Scope(null, "费用争议"),
                new Scope("坪山", "装维服务"), new Scope(null, null, "营业厅"), new Scope("龙华", null, "10000号"));
        return Combinators.combine(Arbitraries.integers().between(-20, 140), Arbitraries.integers().between(1, 100), scope)
                .as(Ask::new).list().ofSize(25);
    }

    @Property(tries = 15)
    void perProblemCountsOfAnyRangeEqualTheComplaints(@ForAll("complaints") List<Complaint> complaints,
            @ForAll("asks") List<Ask> asks) throws Exception {
        Path folder = Files.createTempDirectory("problem-counts");
        StandardCsv csv = StandardCsv.create();
        for (int i = 0; i < complaints.size(); i++) {
            csv.line(complaints.get(i).line(i));
        }
        try (Store store = Store.open(folder.resolve("data"))) {
            new TicketImporter(new SyncLog(store)).importFile(csv.writeTo(folder.resolve("p.csv")), ImportListener.NONE);
            RollupQueries rollups = new RollupQueries(store);
            for (Ask ask : asks) {
                Map<String, Long> expected = new TreeMap<>();
                complaints.stream().filter(c -> c.in(ask.range(), ask.scope()))
                        .forEach(c -> expected.merge(c.problem(), 1L, Long::sum));
                Map<String, Long> read = new TreeMap<>(rollups.problems(ask.range(), ask.scope()));
                read.values().removeIf(n -> n == 0);
                assertEquals(expected, read, ask.toString());
                if (ask.scope().channel() == null && ask.scope().category() == null) {
                    assertEquals(expectedSlices(complaints, ask), slices(new ChecklistData(store), ask), ask.toString());
                }
            }
        }
    }

    /** The checklist's slices (district, category, problem) of the range, blank problems left out. */
    private static Map<String, Long> expectedSlices(List<Complaint> complaints, Ask ask) {
        Map<String, Long> expected = new TreeMap<>();
        complaints.stream().filter(c -> c.in(ask.range(), ask.scope()) && !c.problem().isEmpty())
                .forEach(c -> expected.merge(c.district() + "|" + c.category() + "|" + c.problem(), 1L, Long::sum));
        return expected;
    }

    private static Map<String, Long> slices(ChecklistData data, Ask ask) {
        Map<String, Long> read = new TreeMap<>();
        data.slices(ask.range(), ask.scope().district()).forEach(s ->
                read.merge(s.district() + "|" + s.category() + "|" + s.problem(), s.complaints(), Long::sum));
        return read;
    }
}
