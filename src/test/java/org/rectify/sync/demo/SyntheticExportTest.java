package org.rectify.sync.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rectify.domain.Timestamps;

class SyntheticExportTest {

    @TempDir
    Path folder;

    @Test
    void aClosingWeekBringsTheOpenTicketsOfTheWeekBeforeClosedThenItsNewOnes() throws IOException {
        LocalDateTime monday = SyntheticExport.nextWeek();
        Path before = folder.resolve("before.csv");
        new SyntheticExport(1).writeWeek(before, 500, monday);
        Path closing = folder.resolve("closing.csv");
        int again = new SyntheticExport(2).writeWeekClosing(closing, 300, monday.plusWeeks(1), before);

        List<CSVRecord> open = read(before).stream().filter(r -> r.get(2).isEmpty()).toList();
        List<CSVRecord> rows = read(closing);
        assertTrue(open.size() > 20, "some tickets of the week before are open: " + open.size());
        assertEquals(open.size(), again);
        assertEquals(open.size() + 300, rows.size());
        for (int i = 0; i < again; i++) {
            CSVRecord row = rows.get(i);
            assertEquals(open.get(i).get(0), row.get(0), "the same ticket again");
            assertEquals(open.get(i).get(1), row.get(1), "created as before");
            assertEquals("已归档", row.get(11));
            LocalDateTime closed = Timestamps.parse(row.get(2));
            assertTrue(!closed.isBefore(monday.plusWeeks(1)) && closed.isBefore(monday.plusWeeks(2)), "closed this week");
        }
        assertTrue(rows.get(again).get(0).startsWith("W" + monday.plusWeeks(1).toLocalDate().toString().replace("-", "")),
                "then the week's new tickets: " + rows.get(again).get(0));
    }

    private static List<CSVRecord> read(Path file) throws IOException {
        try (var parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(Files.newBufferedReader(file, StandardCharsets.UTF_8))) {
            return parser.getRecords();
        }
    }
}
