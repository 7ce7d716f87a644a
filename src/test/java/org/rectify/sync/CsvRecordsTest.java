package org.rectify.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.rectify.sync.CsvRecords.BrokenRecordException;
import org.rectify.sync.CsvRecords.BrokenRecordException.Kind;

/** The records of a CSV text, and the quoting it refuses: found by their row, never read on as cells. */
class CsvRecordsTest {

    @Test
    void quotedCellsLineBreaksAndEmptyLinesReadAsWritten() {
        assertEquals(List.of(List.of("a", "b"), List.of(""), List.of("x\"y", "1,2"), List.of("multi\nline", "")),
                read("a,b\n\n\"x\"\"y\",\"1,2\"\r\n\"multi\nline\",\"\"\n"));
    }

    @Test
    void quotesInsidePlainCellsAreText() {
        assertEquals(List.of(List.of("a", "b"), List.of("5\" screen", "say \"hi\"")),
                read("a,b\n5\" screen,say \"hi\""));
    }

    @Test
    void aClosedQuoteEndingTheFileIsNoError() {
        for (String last : List.of("\"\"", "\"\"\"\"", "\"ab\"\"\"", "\"a,\nb\"", "\"x\"\r\n", "\"x\"\n", "\"x\"\r")) {
            List<List<String>> records = read("a,b\n1," + last);
            assertEquals(2, records.size(), last);
        }
    }

    @Test
    void aQuoteLeftOpenIsRefusedWithTheRowItOpensIn() {
        for (String last : List.of("\"", "\"ab", "\"ab\"\"", "\"\"\"", "\"a\nb\n", "\"x,\n3,4\n5,6\n")) {
            BrokenRecordException e = assertThrows(BrokenRecordException.class, () -> read("a,b\n1,2\n3," + last), last);
            assertEquals(Kind.UNCLOSED_QUOTE, e.kind(), last);
            assertEquals(3, e.row(), last);
        }
    }

    @Test
    void textAfterAClosingQuoteIsRefusedWithItsRowEvenWhenTheRowBeforeIsStillToBeGiven() {
        List<List<String>> given = new ArrayList<>();
        BrokenRecordException e = assertThrows(BrokenRecordException.class,
                () -> readInto("a,b\n1,2\n3,\"x\"y\n5,6\n", given));
        assertEquals(Kind.TEXT_AFTER_QUOTE, e.kind());
        assertEquals(3, e.row());
        assertEquals(List.of(List.of("a", "b")), given, "the row before the broken one is held back with it: nothing past the header is given");
    }

    /** A well-formed text cut anywhere inside a quoted cell leaves that quote open. */
    @Property(tries = 300)
    void cuttingInsideAQuotedCellIsAlwaysFound(@ForAll @StringLength(max = 12) String cell,
                                                @ForAll @IntRange(min = 0, max = 40) int cut) {
        String quoted = "\"" + cell.replace("\"", "\"\"") + "\"";
        String text = "a,b\n1,2\n3," + quoted + "\n";
        int start = text.indexOf(quoted) + 1; // just after the opening quote
        int end = start + Math.min(cut, quoted.length() - 2); // at most up to the closing quote
        if (end > start && text.charAt(end - 1) == '"' && isInsideEscape(text, start, end)) {
            end--; // cutting an escaped pair in half closes the quote: that is a well-formed file
        }
        String broken = text.substring(0, end);
        BrokenRecordException e = assertThrows(BrokenRecordException.class, () -> read(broken), broken);
        assertEquals(Kind.UNCLOSED_QUOTE, e.kind());
        assertEquals(3, e.row());
    }

    /** Whether the quote marks from {@code start} to {@code end} end on an odd one: half of an escaped pair. */
    private static boolean isInsideEscape(String text, int start, int end) {
        int run = 0;
        for (int i = end - 1; i >= start && text.charAt(i) == '"'; i--) {
            run++;
        }
        return run % 2 == 1;
    }

    @Test
    void repeatedNamesOfAColumnAreOneStringAndUniqueValuesStayAsRead() {
        StringBuilder text = new StringBuilder("工单号,区分公司,满意度\n");
        List<String> districts = List.of("龙华", "坪山", "Longhua", "longhua", "ＬＯＮＧＨＵＡ", "");
        for (int i = 0; i < 10_000; i++) {
            text.append("T").append(i).append(',').append(districts.get(i % districts.size())).append(",5\n");
        }
        List<List<String>> records = read(text.toString());
        assertEquals(10_001, records.size());
        for (int i = 1; i <= 10_000; i++) {
            List<String> cells = records.get(i);
            assertEquals(List.of("T" + (i - 1), districts.get((i - 1) % districts.size()), "5"), cells, "row " + i);
        }
        // the same name in two rows far apart is the same String; names differing only in case or width are not merged
        assertSame(records.get(3).get(1), records.get(9_003).get(1));
        assertNotSame(records.get(3).get(1), records.get(4).get(1));
        assertSame(records.get(10).get(2), records.get(9_999).get(2));
    }

    @Test
    void aColumnOfUniqueValuesStopsBeingSharedAndAColumnOfCollidingNamesReadsRight() {
        CsvRecords.ColumnCells unique = new CsvRecords.ColumnCells();
        for (int i = 0; i < 5_000; i++) {
            char[] cell = ("S" + i).toCharArray();
            assertEquals("S" + i, unique.of(cell, 0, cell.length));
        }
        assertFalse(unique.shared(), "ticket numbers are read as new Strings once the column is found out");

        CsvRecords.ColumnCells names = new CsvRecords.ColumnCells();
        char[] buffer = "xxAaBBcc".toCharArray(); // "Aa" and "BB" have the same String hash
        for (int i = 0; i < 10_000; i++) {
            assertEquals("Aa", names.of(buffer, 2, 2));
            assertEquals("BB", names.of(buffer, 4, 2));
            assertEquals("", names.of(buffer, 0, 0));
        }
        assertTrue(names.shared());
        char[] longCell = "x".repeat(100).toCharArray();
        assertNotSame(names.of(longCell, 0, 100), names.of(longCell, 0, 100), "long cells are not kept");
    }

    private static List<List<String>> read(String text) {
        List<List<String>> records = new ArrayList<>();
        readInto(text, records);
        return records;
    }

    private static void readInto(String text, List<List<String>> records) {
        try (CsvRecords csv = new CsvRecords(new StringReader(text), ',')) {
            while (csv.hasNext()) {
                records.add(csv.next());
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
