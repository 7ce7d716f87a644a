package org.rectify.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the corpus of awkward and broken exports in {@code src/test/resources/corpus}. Run once
 * by hand when the corpus changes (the files are committed, tests only read them):
 * {@code java -cp target/test-classes:target/classes:target/lib/* org.rectify.testing.CorpusWriter src/test/resources/corpus}
 */
public final class CorpusWriter {

    private static final String HEADER = StandardCsv.HEADER;
    private static final String[] ROWS = {
        "G001,2014-05-02 09:15:00,2014-05-02 17:00:00,龙华,民治服务中心,抱怨,装维服务,宽带修障超时,10000号,,是,已归档,王伟,13812345678,5,用户反映宽带修障超时",
        "G002,2014-05-02 10:00:00,,坪山区,坪山服务中心,抱怨,费用争议,流量费用异常,营业厅,工信部,,处理中,李娜,18912345678,,用户反映流量费用异常",
        "G003,2014-05-03 08:05:00,2014-05-03 09:30:00,龙华,观澜服务中心,咨询,业务受理,套餐变更失败,微信,,否,已归档,张敏,075523456789,4,咨询套餐变更",
    };

    private CorpusWriter() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "src/test/resources/corpus");
        Files.createDirectories(dir);
        text(dir.resolve("gbk.csv"), Charset.forName("GBK"), HEADER, ROWS[0], ROWS[1], ROWS[2]);
        Files.write(dir.resolve("utf8-bom.csv"), concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                String.join("\r\n", HEADER, ROWS[0], ROWS[1], ROWS[2]).getBytes(StandardCharsets.UTF_8)));
        text(dir.resolve("semicolon.csv"), StandardCharsets.UTF_8, HEADER.replace(',', ';'),
                ROWS[0].replace(',', ';'),
                "G004;2014-05-04 11:00:00;;龙华;龙华服务中心;抱怨;装维服务;预约后未按时上门;10000号;;;处理中;王伟;13912345678;;\"用户反映：\n预约两次未上门；要求赔偿\"");
        text(dir.resolve("junk-above-header.csv"), StandardCharsets.UTF_8, "投诉工单明细导出", "导出时间：2014-06-01 08:00,,,", "",
                HEADER, ROWS[0], ROWS[1]);
        text(dir.resolve("duplicate-ids.csv"), StandardCharsets.UTF_8, HEADER, ROWS[1], ROWS[0],
                ROWS[1].replace(",,处理中,", ",是,已归档,").replace("2014-05-02 10:00:00,,", "2014-05-02 10:00:00,2014-05-03 10:00:00,"));
        text(dir.resolve("missing-column.csv"), StandardCharsets.UTF_8, HEADER.replace("受理时间,", ""),
                ROWS[0].replace("2014-05-02 09:15:00,", ""));
        byte[] random = new byte[4096];
        new Random(7).nextBytes(random);
        Files.write(dir.resolve("random.csv"), random);
        Files.write(dir.resolve("empty.csv"), new byte[0]);
        text(dir.resolve("huge-cell.csv"), StandardCharsets.UTF_8, HEADER, ROWS[0],
                ROWS[1].replace("用户反映流量费用异常", "很长".repeat(102_400)));
        text(dir.resolve("filter-joined-no-id.csv"), StandardCharsets.UTF_8,
                "受理日期,受理时刻,性质,所属区域,问题分类,联系电话,是否解决",
                "2014-05-02,09:15,投诉,龙华区,宽带修障超时,13812345678,Y",
                "2014-05-02,09:20,咨询,龙华区,套餐变更失败,13812340000,Y",
                "2014-05-02,10:00,投诉,坪山区,流量费用异常,18912345678,N",
                "2014-05-03,08:05,投诉,坪山区,流量费用异常,18912345678,",
                "2014-05-03,08:05,投诉,坪山区,流量费用异常,18912345678,");
        xls(dir.resolve("old.xls"));
        districtsBySheet(dir.resolve("districts-by-sheet.xlsx"));
        mixedDates(dir.resolve("mixed-dates.xlsx"));
        formulas(dir.resolve("formulas.xlsx"));
        byte[] whole = Files.readAllBytes(dir.resolve("mixed-dates.xlsx"));
        Files.write(dir.resolve("truncated.xlsx"), Arrays.copyOf(whole, whole.length / 2));
        zipBomb(dir.resolve("mixed-dates.xlsx"), dir.resolve("zip-bomb.xlsx"));
    }

    private static void text(Path file, Charset charset, String... lines) throws IOException {
        Files.write(file, (String.join("\r\n", lines) + "\r\n").getBytes(charset));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    private static void xls(Path file) throws IOException {
        try (HSSFWorkbook wb = new HSSFWorkbook()) {
            Sheet sheet = wb.createSheet("工单");
            writeStandard(wb, sheet, 0);
            save(wb, file);
        }
    }

    /** One sheet per district and no district column; a merged title row above the header; a notes sheet. */
    private static void districtsBySheet(Path file) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            for (String district : new String[] {"龙华", "坪山"}) {
                Sheet sheet = wb.createSheet(district);
                sheet.createRow(0).createCell(0).setCellValue(district + " 2014年5月投诉明细");
                sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 4));
                Row header = sheet.createRow(1);
                String[] names = {"工单号", "受理时间", "投诉大类", "问题细类", "一次性解决"};
                for (int i = 0; i < names.length; i++) {
                    header.createCell(i).setCellValue(names[i]);
                }
                for (int r = 0; r < 3; r++) {
                    Row row = sheet.createRow(2 + r);
                    row.createCell(0).setCellValue(district.equals("龙华") ? "LH" + r : "PS" + r);
                    row.createCell(1).setCellValue("2014-05-0" + (r + 1) + " 10:00:00");
                    row.createCell(2).setCellValue("装维服务");
                    row.createCell(3).setCellValue(r == 0 ? "宽带修障超时" : "宽带装机超时");
                    row.createCell(4).setCellValue(r == 2 ? "否" : "是");
                }
            }
            wb.createSheet("说明").createRow(0).createCell(0).setCellValue("本表由系统自动导出");
            save(wb, file);
        }
    }

    /** Creation times as date cells, as serial numbers in general cells, and as text, in one column. */
    private static void mixedDates(Path file) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet("明细");
            CellStyle dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss"));
            Row header = sheet.createRow(0);
            String[] names = {"工单号", "受理时间", "区分公司", "用户号码"};
            for (int i = 0; i < names.length; i++) {
                header.createCell(i).setCellValue(names[i]);
            }
            Row a = sheet.createRow(1);
            a.createCell(0).setCellValue("M1");
            Cell date = a.createCell(1);
            date.setCellValue(LocalDateTime.of(2014, 5, 2, 9, 15));
            date.setCellStyle(dateStyle);
            a.createCell(2).setCellValue("龙华");
            a.createCell(3).setCellValue(13812345678d);
            Row b = sheet.createRow(2);
            b.createCell(0).setCellValue("M2");
            b.createCell(1).setCellValue(41762.5); // 2014-05-03 12:00 as a bare serial number
            b.createCell(2).setCellValue("坪山");
            Row c = sheet.createRow(3);
            c.createCell(0).setCellValue("M3");
            c.createCell(1).setCellValue("2014/5/4 8:05");
            c.createCell(2).setCellValue("龙华");
            save(wb, file);
        }
    }

    /** Formula cells whose cached values are the data: 归档时间 = 受理时间 + 1 day, 工单号 = "F" & row. */
    private static void formulas(Path file) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet("工单");
            CellStyle dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss"));
            Row header = sheet.createRow(0);
            String[] names = {"工单号", "受理时间", "归档时间", "区分公司"};
            for (int i = 0; i < names.length; i++) {
                header.createCell(i).setCellValue(names[i]);
            }
            for (int r = 1; r <= 2; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellFormula("\"F\"&ROW()");
                Cell created = row.createCell(1);
                created.setCellValue(LocalDateTime.of(2014, 5, r, 8, 0));
                created.setCellStyle(dateStyle);
                Cell closed = row.createCell(2);
                closed.setCellFormula("B" + (r + 1) + "+1");
                closed.setCellStyle(dateStyle);
                row.createCell(3).setCellFormula("\"龙华\"");
            }
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            save(wb, file);
        }
    }

    private static void writeStandard(Workbook wb, Sheet sheet, int firstRow) {
        CellStyle dateStyle = wb.createCellStyle();
        dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss"));
        String[] header = HEADER.split(",");
        Row h = sheet.createRow(firstRow);
        for (int i = 0; i < header.length; i++) {
            h.createCell(i).setCellValue(header[i]);
        }
        for (int r = 0; r < ROWS.length; r++) {
            String[] cells = ROWS[r].split(",", -1);
            Row row = sheet.createRow(firstRow + 1 + r);
            for (int i = 0; i < cells.length; i++) {
                Cell cell = row.createCell(i);
                if ((i == 1 || i == 2) && !cells[i].isEmpty()) {
                    cell.setCellValue(LocalDateTime.parse(cells[i].replace(' ', 'T')));
                    cell.setCellStyle(dateStyle);
                } else if (i == 13 && cells[i].startsWith("1")) {
                    cell.setCellValue(Double.parseDouble(cells[i]));
                } else {
                    cell.setCellValue(cells[i]);
                }
            }
        }
    }

    private static void save(Workbook wb, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
    }

    /** A real XLSX whose sheet, padded with 40 MB of whitespace, compresses about a thousandfold. */
    private static void zipBomb(Path source, Path target) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(source));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                byte[] content = readAll(in);
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(content, StandardCharsets.UTF_8);
                    int at = xml.indexOf("<sheetData>");
                    out.write(xml.substring(0, at).getBytes(StandardCharsets.UTF_8));
                    byte[] padding = new byte[1 << 20];
                    Arrays.fill(padding, (byte) ' ');
                    for (int i = 0; i < 40; i++) {
                        out.write(padding);
                    }
                    out.write(xml.substring(at).getBytes(StandardCharsets.UTF_8));
                } else {
                    out.write(content);
                }
                out.closeEntry();
            }
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        in.transferTo(buffer);
        return buffer.toByteArray();
    }
}
