package org.rectify.report.table;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.rectify.domain.FormulaText;

/**
 * A list as the user sees it, written to XLSX (streamed, so a million rows fit in little memory)
 * or CSV (UTF-8 with a BOM, so Excel reads Chinese). Text that a spreadsheet would take for a
 * formula stays text: quote-prefixed in XLSX (the value unchanged), apostrophe-led in CSV.
 * Written to a temporary file and moved into place, so a failed export leaves no half file.
 */
public final class TableExport {

    /** Receives rows; each call writes one. */
    public interface Rows {
        void row(List<String> cells);
    }

    /** Rows below the header that one sheet of Excel holds. */
    static final int MAX_XLSX_ROWS = 1_048_575;

    private TableExport() {
    }

    /** Writes {@code header} and the rows {@code source} produces; the format follows the file's extension. */
    public static long write(Path file, String sheetName, List<String> header, Consumer<Rows> source) {
        boolean csv = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path temporary = Files.createTempFile(parent, ".export", ".tmp");
            try {
                long rows = csv ? writeCsv(temporary, header, source) : writeXlsx(temporary, sheetName, header, source);
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
                return rows;
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static long writeCsv(Path file, List<String> header, Consumer<Rows> source) throws IOException {
        long[] count = {0};
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get())) {
            writer.write('\uFEFF');
            printer.printRecord(header);
            source.accept(cells -> {
                try {
                    printer.printRecord(cells.stream().map(c -> c == null ? "" : FormulaText.forCsv(c)).toList());
                    count[0]++;
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
        return count[0];
    }

    private static long writeXlsx(Path file, String sheetName, List<String> header, Consumer<Rows> source) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(500);
        try (OutputStream out = Files.newOutputStream(file)) {
            SXSSFSheet sheet = workbook.createSheet(sheetName);
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle quoted = workbook.createCellStyle();
            quoted.setQuotePrefixed(true);
            Row first = sheet.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                first.createCell(c).setCellValue(header.get(c));
                first.getCell(c).setCellStyle(bold);
            }
            sheet.createFreezePane(0, 1);
            int[] next = {1};
            source.accept(cells -> {
                if (next[0] > MAX_XLSX_ROWS) {
                    throw new IllegalArgumentException("An XLSX sheet holds at most " + MAX_XLSX_ROWS
                            + " rows; export this list as CSV");
                }
                Row row = sheet.createRow(next[0]++);
                for (int c = 0; c < cells.size(); c++) {
                    String value = cells.get(c);
                    if (value == null || value.isEmpty()) {
                        continue;
                    }
                    var cell = row.createCell(c);
                    cell.setCellValue(value);
                    if (FormulaText.looksLikeFormula(value)) {
                        cell.setCellStyle(quoted);
                    }
                }
            });
            for (int c = 0; c < header.size(); c++) {
                sheet.setColumnWidth(c, Math.min(60, Math.max(10, header.get(c).length() * 3)) * 256);
            }
            workbook.write(out);
            return next[0] - 1L;
        } finally {
            workbook.close();
        }
    }
}
