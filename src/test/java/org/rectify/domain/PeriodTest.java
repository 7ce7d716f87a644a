package org.rectify.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodTest {

    @Test
    void isoWeekOneOf2014StartsOnTheLastMondayOf2013() {
        Period week = Period.parse("2014-W01");
        assertEquals(Grain.WEEK, week.grain());
        assertEquals(LocalDate.of(2013, 12, 30), week.start());
        assertEquals(LocalDate.of(2014, 1, 6), week.end());
        assertEquals("2014-W01", week.toString());
    }

    @Test
    void theWeekHoldingNewYear2014IsWeekOneOf2014() {
        assertEquals("2014-W01", Period.of(Grain.WEEK, LocalDate.of(2014, 1, 1)).toString());
        assertEquals("2013-W52", Period.of(Grain.WEEK, LocalDate.of(2013, 12, 29)).toString());
    }

    @Test
    void week18Of2014IsTheFirstWeekOfMay() {
        Period week = Period.parse("2014-W18");
        assertEquals(LocalDate.of(2014, 4, 28), week.start());
        assertTrue(week.contains(LocalDateTime.of(2014, 5, 4, 23, 59, 59)));
        assertFalse(week.contains(LocalDate.of(2014, 5, 5)));
    }

    @Test
    void fifteenHasFiftyThreeWeeksAndFourteenFiftyTwo() {
        assertEquals(53, Period.weeksInIsoYear(2015));
        assertEquals(52, Period.weeksInIsoYear(2014));
        Period week53 = Period.parse("2015-W53");
        assertEquals(LocalDate.of(2015, 12, 28), week53.start());
        assertEquals(LocalDate.of(2016, 1, 4), week53.end());
        assertEquals("2016-W01", week53.next().toString());
        assertThrows(IllegalArgumentException.class, () -> Period.parse("2014-W53"));
    }

    @Test
    void yearOnYearAlignsIsoWeekToIsoWeek() {
        assertEquals("2013-W18", Period.parse("2014-W18").previousYear().toString());
        assertEquals(LocalDate.of(2013, 4, 29), Period.parse("2014-W18").previousYear().start());
        // 2014 has no week 53: the last week of 2014 stands in for it.
        assertEquals("2014-W52", Period.parse("2015-W53").previousYear().toString());
        assertEquals("2015-W53", Period.parse("2016-W01").previous().toString());
    }

    @Test
    void quarterAndMonthBoundaries() {
        Period q1 = Period.parse("2014-Q1");
        assertEquals(LocalDate.of(2014, 1, 1), q1.start());
        assertEquals(LocalDate.of(2014, 4, 1), q1.end());
        assertEquals(90, q1.days());
        assertTrue(q1.contains(LocalDateTime.of(2014, 3, 31, 23, 59, 59)));
        assertFalse(q1.contains(LocalDateTime.of(2014, 4, 1, 0, 0)));
        assertEquals("2013-Q4", q1.previous().toString());
        assertEquals("2014-Q2", Period.of(Grain.QUARTER, LocalDate.of(2014, 5, 31)).toString());

        Period february = Period.parse("2016-02");
        assertEquals(29, february.days());
        assertEquals("2016-03", february.next().toString());
        assertEquals("2015-02", february.previousYear().toString());
        assertEquals(28, february.previousYear().days());
        assertEquals("2013-12", Period.parse("2014-01").previous().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2014", "2014-Q1", "2014-05", "2014-W18", "2014-05-03", "2015-W53"})
    void formatsWhatItParses(String text) {
        assertEquals(text, Period.parse(text).toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "14", "2014-Q5", "2014-13", "2014-W00", "2014-02-30", "May 2014"})
    void refusesWhatIsNotAPeriod(String text) {
        assertThrows(IllegalArgumentException.class, () -> Period.parse(text));
    }

    @Test
    void saysWhyADateShapedTextIsNoPeriodInPlainWords() {
        assertEquals("Not a valid period: '2014-13' (a month is 01 to 12; a week is written 2014-W13)",
                assertThrows(IllegalArgumentException.class, () -> Period.parse("2014-13")).getMessage());
        assertEquals("Not a valid period: '2014-00-05' (a month is 01 to 12)",
                assertThrows(IllegalArgumentException.class, () -> Period.parse("2014-00-05")).getMessage());
        assertEquals("Not a valid period: '2014-02-29' (2014-02 has days 01 to 28)",
                assertThrows(IllegalArgumentException.class, () -> Period.parse("2014-02-29")).getMessage());
        assertEquals(LocalDate.of(2016, 2, 29), Period.parse("2016-02-29").start());
        assertEquals(LocalDate.of(2014, 12, 1), Period.parse("2014-12").start());
    }

    @Test
    void aPartialQuarterComparesWithTheSameDaysAYearEarlier() {
        Period q2 = Period.parse("2014-Q2");
        LocalDate asOf = LocalDate.of(2014, 5, 31);
        assertTrue(q2.isPartialAsOf(asOf));
        DateRange slice = q2.sameSliceIn(q2.previousYear(), asOf);
        assertEquals(new DateRange(LocalDate.of(2013, 4, 1), LocalDate.of(2013, 6, 1)), slice);
    }

    @Test
    void aPartialMonthComparesWithTheSameDaysOfTheComparisonMonth() {
        Period may = Period.parse("2014-05");
        DateRange slice = may.sameSliceIn(Period.parse("2014-02"), LocalDate.of(2014, 5, 20));
        assertEquals(new DateRange(LocalDate.of(2014, 2, 1), LocalDate.of(2014, 2, 21)), slice);
        // Longer than February: cut at the comparison period's end.
        DateRange cut = may.sameSliceIn(Period.parse("2014-02"), LocalDate.of(2014, 5, 30));
        assertEquals(LocalDate.of(2014, 3, 1), cut.end());
    }

    @Test
    void aPartialLeapYearComparesCalendarDaysNotDayCounts() {
        Period year = Period.parse("2016");
        DateRange slice = year.sameSliceIn(year.previousYear(), LocalDate.of(2016, 3, 1));
        assertEquals(new DateRange(LocalDate.of(2015, 1, 1), LocalDate.of(2015, 3, 2)), slice);
    }

    @Test
    void aPartialWeekComparesTheSameWeekdays() {
        Period week = Period.parse("2014-W22");
        DateRange slice = week.sameSliceIn(week.previousYear(), LocalDate.of(2014, 5, 28));
        assertEquals(3, slice.days());
        assertEquals(Period.parse("2013-W22").start(), slice.start());
    }

    @Test
    void aCompletePeriodIsComparedWhole() {
        Period q1 = Period.parse("2014-Q1");
        assertFalse(q1.isPartialAsOf(LocalDate.of(2014, 5, 31)));
        assertFalse(q1.isPartialAsOf(LocalDate.of(2014, 3, 31)));
        assertEquals(Period.parse("2013-Q1").range(), q1.sameSliceIn(q1.previousYear(), LocalDate.of(2014, 5, 31)));
    }

    @Test
    void aLabelWithoutItsYear() {
        assertEquals("W05", Period.parse("2015-W05").withoutYear());
        assertEquals("W53", Period.parse("2015-W53").withoutYear());
        assertEquals("05", Period.parse("2014-05").withoutYear());
        assertEquals("Q2", Period.parse("2014-Q2").withoutYear());
        assertEquals("05-03", Period.parse("2014-05-03").withoutYear());
        assertEquals("2014", Period.parse("2014").withoutYear());
    }

    @Test
    void aFigureCountsThePeriodsDaysUpToTheAsOfDate() {
        Period q2 = Period.parse("2014-Q2");
        assertEquals(new DateRange(LocalDate.of(2014, 4, 1), LocalDate.of(2014, 5, 21)), q2.elapsedAsOf(LocalDate.of(2014, 5, 20)));
        assertEquals(q2.range(), q2.elapsedAsOf(LocalDate.of(2014, 6, 30)), "complete on its last day");
        assertEquals(q2.range(), q2.elapsedAsOf(LocalDate.of(2014, 8, 1)));
        assertTrue(q2.isPartialAsOf(LocalDate.of(2014, 3, 1)), "the data end before it: it ends after them");
        assertEquals(new DateRange(q2.start(), q2.start()), q2.elapsedAsOf(LocalDate.of(2014, 3, 1)), "no day elapsed");
        assertEquals(new DateRange(LocalDate.of(2013, 4, 1), LocalDate.of(2013, 4, 1)),
                q2.sameSliceIn(q2.previousYear(), LocalDate.of(2014, 3, 1)), "and none of the comparison");
        assertEquals(q2.range(), q2.elapsedAsOf(null), "no data at all");
    }
}
