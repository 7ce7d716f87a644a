package org.rectify.sync.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.rectify.domain.Ticket;

/** The demo's stories move district figures only: every city-level count of a month stays exactly as dealt. */
class DemoStoryTest {

    @Test
    void cityLevelCountsOfEveryStoryMonthAreUnchanged() {
        Random random = new Random(DemoExport.DEFAULT_SEED);
        DemoPeople people = new DemoPeople(random, 1);
        FirstContactDealer firstContact = new FirstContactDealer();
        DemoStory story = new DemoStory(1);
        int changedDistrictCounts = 0;
        for (int i = 0; i < DemoPlan.MONTHS; i++) {
            List<Ticket> dealt = new DemoMonth(i, 1, random, people, firstContact).tickets();
            List<Ticket> told = story.tell(DemoPlan.month(i), new ArrayList<>(dealt));
            YearMonth month = DemoPlan.month(i);
            assertEquals(dealt.size(), told.size());
            for (Function<Ticket, String> key : List.<Function<Ticket, String>>of(
                    t -> t.category() + "/" + t.problem(),
                    t -> t.category() + "/" + t.escalationChannel(),
                    t -> t.category() + "/" + (t.closedAt() == null ? "-" : YearMonth.from(t.closedAt())) + "/" + t.firstContactResolved(),
                    t -> t.district() + "/" + t.category(),
                    t -> t.createdAt().toLocalDate() + "/" + t.category())) {
                assertEquals(counts(dealt, key), counts(told, key), month.toString());
            }
            if (!counts(dealt, t -> t.district() + "/" + t.problem()).equals(counts(told, t -> t.district() + "/" + t.problem()))) {
                changedDistrictCounts++;
            }
        }
        assertNotEquals(0, changedDistrictCounts, "the stories changed some district's problems");
    }

    private static Map<String, Long> counts(List<Ticket> tickets, Function<Ticket, String> key) {
        Map<String, Long> map = new TreeMap<>();
        tickets.stream().filter(Ticket::isComplaint).forEach(t -> map.merge(key.apply(t), 1L, Long::sum));
        return map;
    }
}
