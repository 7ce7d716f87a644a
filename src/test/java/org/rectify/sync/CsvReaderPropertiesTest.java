package org.rectify.sync;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Assertions;

/**
 * The CSV reader over random tables: any delimiter it knows, UTF-8 with or without BOM, UTF-16
 * with BOM, GB18030; cells with quotes, delimiters, line breaks, Chinese and blanks. Whatever was
 * written is read back cell for cell, and nothing crashes.
 */
class CsvReaderPropertiesTest {

    private static final String CELL_CHARS = "abcXYZ019 \"龙华坪山投诉宽带修障超时整改，。";

    record Table(char delimiter, String encoding, List<List<String>> rows) {
    }

    @Provide
    Arbitrary<Table> tables() {
        Arbitrary<Character> delimiters = Arbitraries.of(',', ';', '\t', '|');
        Arbitrary<String> encodings = Arbitraries.of("UTF-8", "UTF-8-BOM", "UTF-16LE-BOM", "GB18030");
        Arbitrary<Integer> columns = Arbitraries.integers().between(2, 8);
        return Combinators.combine(delimiters, encodings, columns).flatAs((d, enc, cols) -> {
            Arbitrary<String> plain = Arbitraries.strings().withChars(CELL_CHARS.toCharArray()).ofMaxLength(12);
            Arbitrary<String> cell = Arbitraries.frequencyOf(
                    net.jqwik.api.Tuple.of(8, plain),
                    net.jqwik.api.Tuple.of(1, plain.map(s -> s + d + s)),
                    net.jqwik.api.Tuple.of(1, plain.map(s -> s + "\n" + s)));
            Arbitrary<List<String>> row = cell.list().ofSize(cols)
                    .filter(r -> r.stream().anyMatch(c -> !c.isBlank()));
            return row.list().ofMinSize(1).ofMaxSize(30).map(rows -> {
                List<List<String>> all = new ArrayList<>();
                // a header of its own, as exports have: Chinese, so that GB18030 text is told from UTF-8
                List<String> header = new ArrayList<>();
                for (int c = 0; c < cols; c++) {
                    header.add("受理字段" + c);
                }
                all.add(header);
                all.addAll(rows);
                return new Table(d, enc, all);
            });
        });
    }

    @Property(tries = 1500)
    void whatIsWrittenIsReadBackCellForCell(@ForAll("tables") Table table) throws Exception {
        Path file = Files.createTempFile("csv-property-", ".csv");
        try {
            Files.write(file, bytes(table));
            List<List<String>> read = new ArrayList<>();
            TableSource.open(file, FileFacts.of(file)).read(new RowSink() {
                @Override
                public void sheetStarted(String sheet) {
                }

                @Override
                public void row(String sheet, long rowNumber, List<String> cells) {
                    read.add(List.copyOf(cells));
                }

                @Override
                public void sheetEnded(String sheet) {
                }

                @Override
                public boolean stopRequested() {
                    return false;
                }
            });
            Assertions.assertEquals(table.rows(), read);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static byte[] bytes(Table table) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Charset charset = switch (table.encoding()) {
            case "UTF-16LE-BOM" -> StandardCharsets.UTF_16LE;
            case "GB18030" -> Charset.forName("GB18030");
            default -> StandardCharsets.UTF_8;
        };
        if (table.encoding().equals("UTF-8-BOM")) {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        } else if (table.encoding().equals("UTF-16LE-BOM")) {
            out.write(new byte[] {(byte) 0xFF, (byte) 0xFE});
        }
        try (OutputStreamWriter writer = new OutputStreamWriter(out, charset);
             CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setDelimiter(table.delimiter())
                     .setRecordSeparator("\r\n").get())) {
            for (List<String> row : table.rows()) {
                printer.printRecord(row);
            }
        }
        return out.toByteArray();
    }
}
