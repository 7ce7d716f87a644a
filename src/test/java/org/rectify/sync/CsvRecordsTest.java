package org.rectify.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
