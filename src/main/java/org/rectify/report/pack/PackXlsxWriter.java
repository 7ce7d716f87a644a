package org.rectify.report.pack;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.rectify.analytics.DistrictComparison;
import org.rectify.analytics.KpiReport;
import org.rectify.analytics.Metric;
import org.rectify.analytics.Pareto;
import org.rectify.checklist.ItemRow;

/**
 * The pack as a workbook: the city's KPIs, the districts ranked, and per district its KPIs, TOP
 * problems and checklist. Numbers are numeric cells; every text is a text cell, and text that a
 * spreadsheet would take for a formula gets the quote prefix.
 */
final class PackXlsxWriter {

    void write(MeetingPack pack, Path file) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Styles styles = new Styles(wb);
            Sheet city = wb.createSheet("全市");
            int r = title(city, 0, "周整改例会 · " + PackTexts.weekTitle(pack.week()) + " · 全市", styles);
            r = kpis(city, r + 1, pack.city(), styles);
            r = title(city, r + 1, "区分公司排名（按千人抱怨率）", styles);
            r = ranking(city, r, pack.ranking(), styles);
            r = title(city, r + 1, "TOP问题", styles);
            top(city, r, pack.cityPareto(), styles);
            city.setColumnWidth(0, 24 * 256);
            for (MeetingPack.DistrictPage page : pack.districts()) {
                Sheet sheet = wb.createSheet(WorkbookUtil.createSafeSheetName(page.district()));
                int row = title(sheet, 0, page.district() + " · " + PackTexts.weekTitle(pack.week()), styles);
                row = kpis(sheet, row + 1, page.kpis(), styles);
                row = title(sheet, row + 1, "TOP问题", styles);
                row = top(sheet, row, page.pareto(), styles);
                row = title(sheet, row + 1, "整改清单", styles);
                checklist(sheet, row, page.items(), styles);
                sheet.setColumnWidth(0, 24 * 256);
                sheet.setColumnWidth(1, 36 * 256);
            }
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
    }

    private static int title(Sheet sheet, int r, String text, Styles styles) {
        text(sheet.createRow(r).createCell(0), text, styles.bold);
        return r + 1;
    }

    private static int kpis(Sheet sheet, int r, KpiReport report, Styles styles) {
        header(sheet.createRow(r++), styles, "指标", "本期", "去年同期", "同比", "目标");
        for (Metric m : Metric.values()) {
            var v = report.metrics().get(m);
            Row row = sheet.createRow(r++);
            text(row.createCell(0), PackTexts.metric(m), styles.plain);
            number(row, 1, v == null ? null : v.value());
            number(row, 2, v == null ? null : v.previous());
            text(row.createCell(3), PackTexts.change(m, v), styles.plain);
            number(row, 4, report.targets().get(m));
        }
        return r;
    }

    private static int ranking(Sheet sheet, int r, List<DistrictComparison.Row> rows, Styles styles) {
        header(sheet.createRow(r++), styles, "区分公司", "千人抱怨率", "抱怨量", "一次性解决率", "质控分级");
        for (DistrictComparison.Row d : rows) {
            Row row = sheet.createRow(r++);
            text(row.createCell(0), d.district(), styles.plain);
            number(row, 1, d.kpis().metrics().get(Metric.COMPLAINTS_PER_1000).value());
            number(row, 2, d.kpis().metrics().get(Metric.COMPLAINTS).value());
            number(row, 3, d.kpis().metrics().get(Metric.FIRST_CONTACT_RESOLUTION).value());
            text(row.createCell(4), PackTexts.tier(d.tier()), styles.plain);
        }
        return r;
    }

    private static int top(Sheet sheet, int r, Pareto pareto, Styles styles) {
        header(sheet.createRow(r++), styles, "排名", "问题细类", "抱怨量", "占比", "累计占比");
        int rank = 1;
        for (Pareto.Item item : pareto.items()) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(rank++);
            text(row.createCell(1), item.problem(), styles.plain);
            row.createCell(2).setCellValue(item.count());
            row.createCell(3).setCellValue(item.share());
            row.createCell(4).setCellValue(item.cumulative());
        }
        return r;
    }

    private static void checklist(Sheet sheet, int r, List<ItemRow> items, Styles styles) {
        header(sheet.createRow(r++), styles, "编号", "事项", "类型", "责任人", "复核人", "完成时限", "状态", "督办", "周龄", "效果验证");
        for (ItemRow i : items) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(i.item().id());
            text(row.createCell(1), i.item().title(), styles.plain);
            text(row.createCell(2), PackTexts.kind(i.item().kind()), styles.plain);
            text(row.createCell(3), i.item().owner(), styles.plain);
            text(row.createCell(4), i.item().reviewer(), styles.plain);
            text(row.createCell(5), i.item().due() == null ? "" : i.item().due().toString(), styles.plain);
            text(row.createCell(6), i.item().status().chinese(), styles.plain);
            text(row.createCell(7), PackTexts.level(i), styles.plain);
            row.createCell(8).setCellValue(i.ageWeeks());
            text(row.createCell(9), PackTexts.effect(i.verification()), styles.plain);
        }
    }

    private static void header(Row row, Styles styles, String... titles) {
        for (int c = 0; c < titles.length; c++) {
            text(row.createCell(c), titles[c], styles.bold);
        }
    }

    private static void number(Row row, int column, Double value) {
        if (value != null) {
            row.createCell(column).setCellValue(value);
        }
    }

    /** A text cell; text a spreadsheet would run as a formula is marked as text. */
    static void text(org.apache.poi.ss.usermodel.Cell cell, String value, CellStyle style) {
        String v = value == null ? "" : value;
        cell.setCellValue(v);
        cell.setCellStyle(style);
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
            CellStyle quoted = cell.getSheet().getWorkbook().createCellStyle();
            quoted.cloneStyleFrom(style);
            quoted.setQuotePrefixed(true);
            cell.setCellStyle(quoted);
        }
    }

    private static final class Styles {
        final CellStyle plain;
        final CellStyle bold;

        Styles(XSSFWorkbook wb) {
            plain = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold = wb.createCellStyle();
            bold.setFont(font);
        }
    }
}
