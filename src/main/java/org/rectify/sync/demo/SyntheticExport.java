package org.rectify.sync.demo;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.rectify.domain.Timestamps;
import org.rectify.sync.CanonicalField;

/**
 * N tickets in the standard layout, for benchmarks: the demo's names, random but seeded values,
 * one row per ticket in the order of creation, no calibration. Written as CSV or (streaming) XLSX.
 */
public final class SyntheticExport {

    private final Random random;

    private static final LocalDateTime FIRST = LocalDateTime.of(2013, 1, 1, 0, 0);
    private static final long SPAN_SECONDS = 45_000_000L;

    /** The Monday after the last generated ticket: where the next weekly export begins. */
    public static LocalDateTime nextWeek() {
        return FIRST.plusSeconds(SPAN_SECONDS).toLocalDate()
                .with(java.time.temporal.TemporalAdjusters.next(java.time.DayOfWeek.MONDAY)).atStartOfDay();
    }

    public SyntheticExport(long seed) {
        this.random = new Random(seed);
    }

    public void writeCsv(Path file, int rows) throws IOException {
        try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter out = new CSVPrinter(writer, CSVFormat.DEFAULT)) {
            out.printRecord(CanonicalField.standardHeaders());
            for (int i = 0; i < rows; i++) {
                out.printRecord((Object[]) row(i, rows));
            }
        }
    }

    /**
     * The same rows as {@link #writeCsv} with the same seed, but grouped by district — an export
     * sorted by district (or by owner): neither the times nor the ticket numbers rise through it.
     */
    public void writeCsvByDistrict(Path file, int rows) throws IOException {
        java.util.Map<String, Path> parts = new java.util.LinkedHashMap<>();
        java.util.Map<String, CSVPrinter> printers = new java.util.HashMap<>();
        try {
            for (int i = 0; i < rows; i++) {
                String[] row = row(i, rows);
                CSVPrinter printer = printers.get(row[3]);
                if (printer == null) {
                    Path part = Files.createTempFile(file.toAbsolutePath().getParent(), "district", ".part");
                    parts.put(row[3], part);
                    printer = new CSVPrinter(Files.newBufferedWriter(part, StandardCharsets.UTF_8), CSVFormat.DEFAULT);
                    printers.put(row[3], printer);
                }
                printer.printRecord((Object[]) row);
            }
        } finally {
            for (CSVPrinter printer : printers.values()) {
                printer.close();
            }
        }
        try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter out = new CSVPrinter(writer, CSVFormat.DEFAULT)) {
            out.printRecord(CanonicalField.standardHeaders());
            out.flush();
            for (Path part : parts.values()) {
                try (var in = Files.newBufferedReader(part, StandardCharsets.UTF_8)) {
                    in.transferTo(writer);
                }
                Files.delete(part);
            }
        }
    }

    /** A weekly export: {@code rows} new tickets (ids W…) created over the week starting {@code start}. */
    public void writeWeek(Path file, int rows, LocalDateTime start) throws IOException {
        try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter out = new CSVPrinter(writer, CSVFormat.DEFAULT)) {
            out.printRecord(CanonicalField.standardHeaders());
            printWeek(out, rows, start);
        }
    }

    /**
     * A weekly export as ticketing systems write them: first the tickets of the week before that were
     * still open in {@code previous} (an export in the standard layout), closed now, then {@code rows}
     * new tickets as {@link #writeWeek}. Returns how many tickets came again.
     */
    public int writeWeekClosing(Path file, int rows, LocalDateTime start, Path previous) throws IOException {
        int again = 0;
        try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter out = new CSVPrinter(writer, CSVFormat.DEFAULT);
             var in = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                     .parse(Files.newBufferedReader(previous, StandardCharsets.UTF_8))) {
            out.printRecord(CanonicalField.standardHeaders());
            LocalDateTime weekBefore = start.minusDays(7);
            for (var record : in) {
                String[] row = record.values();
                LocalDateTime created = Timestamps.parse(row[1]);
                if (row[2].isEmpty() && !created.isBefore(weekBefore) && created.isBefore(start)) {
                    row[2] = Timestamps.format(start.plusMinutes(random.nextInt(7 * 24 * 60)));
                    row[10] = "是";
                    row[11] = "已归档";
                    out.printRecord((Object[]) row);
                    again++;
                }
            }
            printWeek(out, rows, start);
        }
        return again;
    }

    private void printWeek(CSVPrinter out, int rows, LocalDateTime start) throws IOException {
        for (int i = 0; i < rows; i++) {
            String[] row = row(i, rows);
            // numbered within the week: the weeks after one another are new tickets to a store
            row[0] = "W" + start.toLocalDate().format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE)
                    + Digits.padded(i, 6);
            LocalDateTime created = start.plusSeconds(7L * 24 * 3600 * i / rows);
            row[1] = Timestamps.format(created);
            row[2] = row[2] == null ? null : Timestamps.format(created.plusMinutes(30 + random.nextInt(4_000)));
            out.printRecord((Object[]) row);
        }
    }

    public void writeXlsx(Path file, int rows) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        try (OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("工单");
            write(sheet.createRow(0), CanonicalField.standardHeaders().toArray(String[]::new));
            for (int i = 0; i < rows; i++) {
                write(sheet.createRow(i + 1), row(i, rows));
            }
            workbook.write(out);
        } finally {
            workbook.close();
        }
    }

    private static void write(Row row, String[] values) {
        for (int c = 0; c < values.length; c++) {
            if (values[c] != null) {
                row.createCell(c).setCellValue(values[c]);
            }
        }
    }

    /** Ticket {@code i} of {@code rows}: created in order over 17 months, as ticketing systems export them. */
    private String[] row(int i, int rows) {
        DemoCatalog.District district = DemoCatalog.DISTRICTS.get(random.nextInt(DemoCatalog.DISTRICTS.size()));
        String[] categories = DemoMonth.categories();
        String category = categories[random.nextInt(categories.length)];
        List<String> problems = DemoCatalog.problems(category);
        LocalDateTime created = FIRST.plusSeconds(SPAN_SECONDS * i / rows);
        boolean closed = random.nextInt(10) > 0;
        String center = district.serviceCenters().get(random.nextInt(district.serviceCenters().size()));
        return new String[] {
            "S" + Digits.padded(i, 9), Timestamps.format(created),
            closed ? Timestamps.format(created.plusMinutes(30 + random.nextInt(4_000))) : null,
            district.name(), center + "服务中心", random.nextInt(20) == 0 ? "咨询" : "抱怨", category,
            problems.get(random.nextInt(Math.min(problems.size(), 1 + random.nextInt(problems.size())))),
            DemoCatalog.CHANNELS.get(random.nextInt(DemoCatalog.CHANNELS.size())),
            random.nextInt(150) == 0 ? "工信部" : null,
            closed ? (random.nextInt(30) == 0 ? "否" : "是") : null, closed ? "已归档" : "处理中",
            "王伟", "1" + (33 + random.nextInt(57)) + Digits.padded(random.nextInt(100_000_000), 8),
            closed && random.nextBoolean() ? Integer.toString(1 + random.nextInt(5)) : null,
            "用户反映" + category + "问题，要求尽快处理。"};
    }
}
