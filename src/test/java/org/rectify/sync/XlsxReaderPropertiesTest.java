package org.rectify.sync;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Assertions;

/**
 * The XLSX reader over random workbooks: several sheets, text cells (Chinese, quotes, line
 * breaks), whole numbers up to mobile-number size (never 1.38E10) and blank cells — every sheet's
 * rows read back as written.
 */
class XlsxReaderPropertiesTest {

    /** A cell: text, or a whole number written as a numeric cell; null for a cell never created. */
    record Cell(String text, Long number) {
        String read() {
            return number != null ? Long.toString(number) : text;
        }
    }

    @Provide
    Arbitrary<List<List<List<Cell>>>> workbooks() {
        Arbitrary<Cell> text = Arbitraries.strings().withChars("abcXYZ019 \"'\n龙华坪山投诉，。".toCharArray())
                .ofMinLength(1).ofMaxLength(10).filter(s -> !s.isBlank()).map(s -> new Cell(s, null));
        Arbitrary<Cell> number = Arbitraries.longs().between(0, 19_999_999_999L).map(n -> new Cell(null, n));
        Arbitrary<List<Cell>> row = Arbitraries.oneOf(text, number).list().ofMinSize(1).ofMaxSize(6);
        return row.list().ofMinSize(1).ofMaxSize(20).list().ofMinSize(1).ofMaxSize(3);
    }

    @Property(tries = 200)
    void everySheetsRowsAreReadBackAsWritten(@ForAll("workbooks") List<List<List<Cell>>> sheets) throws Exception {
        Path file = Files.createTempFile("xlsx-property-", ".xlsx");
        try {
            try (XSSFWorkbook wb = new XSSFWorkbook(); var out = Files.newOutputStream(file)) {
                for (int s = 0; s < sheets.size(); s++) {
                    var sheet = wb.createSheet("区" + s);
                    for (int r = 0; r < sheets.get(s).size(); r++) {
                        var row = sheet.createRow(r);
                        List<Cell> cells = sheets.get(s).get(r);
                        for (int c = 0; c < cells.size(); c++) {
                            if (cells.get(c).number() != null) {
                                row.createCell(c).setCellValue(cells.get(c).number());
                            } else {
                                row.createCell(c).setCellValue(cells.get(c).text());
                            }
                        }
                    }
                }
                wb.write(out);
            }
            List<List<String>> read = new ArrayList<>();
            TableSource.open(file, FileFacts.of(file)).read(new RowSink() {
                @Override
                public void sheetStarted(String sheet) {
                }

                @Override
                public void row(String sheet, long rowNumber, List<String> cells) {
                    List<String> trimmed = new ArrayList<>(cells);
                    while (!trimmed.isEmpty() && (trimmed.get(trimmed.size() - 1) == null || trimmed.get(trimmed.size() - 1).isEmpty())) {
                        trimmed.remove(trimmed.size() - 1);
                    }
                    read.add(trimmed);
                }

                @Override
                public void sheetEnded(String sheet) {
                }

                @Override
                public boolean stopRequested() {
                    return false;
                }
            });
            List<List<String>> expected = new ArrayList<>();
            sheets.forEach(sheet -> sheet.forEach(row -> expected.add(row.stream().map(Cell::read).toList())));
            Assertions.assertEquals(expected, read);
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
