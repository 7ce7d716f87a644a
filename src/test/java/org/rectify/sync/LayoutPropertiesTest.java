package org.rectify.sync;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Assertions;
import org.rectify.domain.Ticket;
import org.rectify.domain.TicketFilter;
import org.rectify.store.Store;
import org.rectify.store.SyncLog;
import org.rectify.store.TicketQueries;
import org.rectify.testing.StandardCsv;

/**
 * Random layouts of the standard export: lines of junk above the header, the columns in any
 * order, CSV in UTF-8 or GBK with any delimiter or an XLSX with real date cells, the creation time
 * in every accepted form, optional fields blank, some rows broken. Never a crash; every row stored
 * or rejected with a reason; the counts add up; what is stored is what was written.
 */
class LayoutPropertiesTest {

    private static final List<String> HEADER = List.of(StandardCsv.HEADER.split(","));
    private static final List<DateTimeFormatter> FORMS = List.of(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"),
            DateTimeFormatter.ofPattern("yyyy/M/d H:mm"), DateTimeFormatter.ofPattern("yyyy-M-d H:mm:ss"),
            DateTimeFormatter.ofPattern("yyyy/M/d"), DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss"));

    /** One written row: its id, its creation time as the form can say it, whether it is broken. */
    private record Written(String id, LocalDateTime created, String district, boolean broken) {
    }

    @Property(tries = 400)
    void anyLayoutIsReadRowForRow(@ForAll long seed, @ForAll @IntRange(min = 0, max = 4) int junkLines,
                                  @ForAll @IntRange(min = 1, max = 30) int rows, @ForAll @IntRange(min = 0, max = 4) int shape)
            throws Exception {
        Random random = new Random(seed);
        List<String> columns = new ArrayList<>(HEADER);
        Collections.shuffle(columns, random);
        List<List<String>> lines = new ArrayList<>();
        for (int j = 0; j < junkLines; j++) {
            lines.add(random.nextBoolean() ? List.of() : List.of("导出时间：2014-06-01 第" + j + "页"));
        }
        lines.add(columns);
        List<Written> written = new ArrayList<>();
        List<LocalDateTime> cellDates = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            LocalDateTime created = LocalDateTime.of(2014, 1 + random.nextInt(12), 1 + random.nextInt(28),
                    random.nextInt(24), random.nextInt(60), random.nextInt(60));
            DateTimeFormatter form = FORMS.get(random.nextInt(FORMS.size()));
            LocalDateTime said = LocalDateTime.parse(created.format(form).replace('/', '-').replace('T', ' ')
                    .replaceAll("^(\\d+)-(\\d+)-(\\d+)$", "$1-$2-$3 00:00:00")
                    .replaceAll("^(\\d+)-(\\d+)-(\\d+) (\\d+):(\\d+)$", "$1-$2-$3 $4:$5:00"),
                    DateTimeFormatter.ofPattern("yyyy-M-d H:m:s"));
            boolean broken = random.nextInt(8) == 0;
            String district = random.nextBoolean() ? "龙华区" : "坪山";
            written.add(new Written("L" + i, said, district.replace("区", ""), broken));
            cellDates.add(broken ? null : said);
            List<String> cells = new ArrayList<>();
            for (String column : columns) {
                cells.add(switch (column) {
                    case "工单号" -> "L" + i;
                    case "受理时间" -> broken ? "上周三" : created.format(form);
                    case "区分公司" -> district;
                    case "工单类型" -> "抱怨";
                    case "处理状态" -> random.nextBoolean() ? "处理中" : "";
                    case "一次性解决" -> List.of("是", "否", "").get(random.nextInt(3));
                    case "问题细类" -> random.nextBoolean() ? "宽带 故障" : "";
                    case "归档时间" -> "";
                    case "满意度" -> random.nextBoolean() ? Integer.toString(random.nextInt(6)) : "";
                    default -> random.nextInt(3) == 0 ? "" : "x" + random.nextInt(9);
                });
            }
            lines.add(cells);
        }
        Path folder = Files.createTempDirectory("layout-property-");
        try (Store store = Store.open(folder.resolve("data"))) {
            Path file = shape == 4 ? xlsx(folder, lines, columns.indexOf("受理时间"), junkLines, cellDates)
                    : csv(folder, lines, shape);
            FileImportResult result = new TicketImporter(new SyncLog(store)).importFile(file, ImportListener.NONE);
            long broken = written.stream().filter(Written::broken).count();
            Assertions.assertEquals(rows, result.counts().read(), result.toString());
            List<String> reasons = new ArrayList<>();
            new org.rectify.store.RejectedRows(store).forEach(null, (run, r) -> reasons.add(r.rowNumber() + ": " + r.reason()));
            Assertions.assertEquals(broken, result.counts().rejected(), result + " " + reasons);
            Assertions.assertEquals(rows - broken, result.counts().inserted(), result.toString());
            TicketQueries queries = new TicketQueries(store);
            Assertions.assertEquals(rows - broken, queries.count(TicketFilter.ALL));
            for (Written w : written) {
                Ticket stored = queries.byId(w.id()).orElse(null);
                if (w.broken()) {
                    Assertions.assertNull(stored);
                } else {
                    Assertions.assertEquals(w.created(), stored.createdAt(), w.toString());
                    Assertions.assertEquals(w.district(), stored.district());
                }
            }
        } finally {
            try (var files = Files.walk(folder)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** shape 0: UTF-8 commas, 1: GBK semicolons, 2: UTF-8 with BOM and tabs, 3: GBK pipes. */
    private static Path csv(Path folder, List<List<String>> lines, int shape) throws Exception {
        String delimiter = List.of(",", ";", "\t", "|").get(shape);
        Charset charset = shape % 2 == 1 ? Charset.forName("GBK") : java.nio.charset.StandardCharsets.UTF_8;
        StringBuilder text = new StringBuilder(shape == 2 ? "\uFEFF" : "");
        for (List<String> line : lines) {
            text.append(String.join(delimiter, line)).append("\r\n");
        }
        return Files.write(folder.resolve("layout.csv"), text.toString().getBytes(charset));
    }

    /** The creation time as a real date cell (a number Excel formats), the broken ones as text. */
    private static Path xlsx(Path folder, List<List<String>> lines, int dateColumn, int junkLines,
                             List<LocalDateTime> dates) throws Exception {
        Path file = folder.resolve("layout.xlsx");
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            var sheet = wb.createSheet("龙华");
            var dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss"));
            for (int r = 0; r < lines.size(); r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < lines.get(r).size(); c++) {
                    LocalDateTime date = r > junkLines && c == dateColumn ? dates.get(r - junkLines - 1) : null;
                    var cell = row.createCell(c);
                    if (date != null) {
                        cell.setCellValue(date);
                        cell.setCellStyle(dateStyle);
                    } else {
                        cell.setCellValue(lines.get(r).get(c));
                    }
                }
            }
            try (var out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        return file;
    }
}
