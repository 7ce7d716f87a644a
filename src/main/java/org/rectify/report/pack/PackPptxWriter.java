package org.rectify.report.pack;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.poi.common.usermodel.fonts.FontGroup;
import org.apache.poi.sl.usermodel.PictureData;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFPictureData;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTableCell;
import org.apache.poi.xslf.usermodel.XSLFTableRow;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.jfree.chart.JFreeChart;
import org.rectify.analytics.DistrictComparison;
import org.rectify.analytics.KpiReport;
import org.rectify.analytics.Metric;
import org.rectify.checklist.ItemRow;
import org.rectify.report.charts.ChartFiles;
import org.rectify.report.charts.ChartStyle;

/**
 * The pack as slides (16:9): the city page, then per district a page of KPIs and charts and a page
 * of its checklist. Text is real text (editable in PowerPoint and WPS), charts are pictures.
 */
final class PackPptxWriter {

    /** Checklist rows on a district's checklist slide; the workbook has them all. */
    static final int ITEMS_PER_SLIDE = 12;
    private static final double WIDTH = 960;
    private static final double HEIGHT = 540;
    private static final String EAST_ASIAN_FONT = "微软雅黑";

    void write(MeetingPack pack, Path file) throws IOException {
        try (XMLSlideShow ppt = new XMLSlideShow()) {
            ppt.setPageSize(new Dimension((int) WIDTH, (int) HEIGHT));
            XSLFSlide city = ppt.createSlide();
            title(city, "周整改例会 · " + PackTexts.weekTitle(pack.week()) + " · 全市");
            kpiTable(city, pack.city(), new Rectangle2D.Double(30, 80, 430, 400));
            rankingTable(city, pack.ranking(), new Rectangle2D.Double(490, 80, 440, 400));
            XSLFSlide cityCharts = ppt.createSlide();
            title(cityCharts, PackCharts.CITY + " · 每周抱怨量与TOP问题 · " + PackTexts.weekTitle(pack.week()));
            picture(ppt, cityCharts, PackCharts.cityTrend(pack, ChartStyle.projector()), new Rectangle2D.Double(20, 80, 455, 420));
            picture(ppt, cityCharts, PackCharts.cityPareto(pack, ChartStyle.projector()), new Rectangle2D.Double(485, 80, 455, 420));
            for (MeetingPack.DistrictPage page : pack.districts()) {
                XSLFSlide charts = ppt.createSlide();
                title(charts, page.district() + " · " + PackTexts.weekTitle(pack.week()));
                kpiTable(charts, page.kpis(), new Rectangle2D.Double(20, 80, 360, 400));
                picture(ppt, charts, PackCharts.trend(page, ChartStyle.projector()), new Rectangle2D.Double(395, 70, 545, 225));
                picture(ppt, charts, PackCharts.pareto(page, pack, ChartStyle.projector()),
                        new Rectangle2D.Double(395, 300, 545, 225));
                XSLFSlide list = ppt.createSlide();
                title(list, page.district() + " · 整改清单 · " + pack.week());
                checklistTable(list, page.items(), new Rectangle2D.Double(20, 75, 920, 420));
            }
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                ppt.write(out);
            }
        }
    }

    private static void title(XSLFSlide slide, String text) {
        XSLFTextBox box = slide.createTextBox();
        box.setAnchor(new Rectangle2D.Double(20, 15, 920, 50));
        XSLFTextRun run = box.addNewTextParagraph().addNewTextRun();
        run.setText(text);
        style(run, 26, true);
    }

    private static void kpiTable(XSLFSlide slide, KpiReport report, Rectangle2D anchor) {
        XSLFTable table = slide.createTable();
        row(table, true, "指标", "本期", "去年同期", "同比");
        for (Metric m : Metric.values()) {
            var v = report.metrics().get(m);
            row(table, false, PackTexts.metric(m), PackTexts.value(m, v == null ? null : v.value()),
                    PackTexts.value(m, v == null ? null : v.previous()), PackTexts.change(m, v));
        }
        widths(table, anchor, 0.34, 0.18, 0.18, 0.30);
    }

    private static void rankingTable(XSLFSlide slide, List<DistrictComparison.Row> rows, Rectangle2D anchor) {
        XSLFTable table = slide.createTable();
        row(table, true, "区分公司", "千人抱怨率", "抱怨量", "一次性解决率", "质控分级");
        for (DistrictComparison.Row d : rows) {
            var m = d.kpis().metrics();
            row(table, false, d.district(), PackTexts.value(Metric.COMPLAINTS_PER_1000, m.get(Metric.COMPLAINTS_PER_1000).value()),
                    PackTexts.value(Metric.COMPLAINTS, m.get(Metric.COMPLAINTS).value()),
                    PackTexts.value(Metric.FIRST_CONTACT_RESOLUTION, m.get(Metric.FIRST_CONTACT_RESOLUTION).value()),
                    PackTexts.tier(d.tier()));
        }
        widths(table, anchor, 0.2, 0.2, 0.18, 0.22, 0.2);
    }

    private static void checklistTable(XSLFSlide slide, List<ItemRow> items, Rectangle2D anchor) {
        XSLFTable table = slide.createTable();
        row(table, true, "编号", "事项", "责任人", "完成时限", "状态", "督办", "效果验证");
        for (ItemRow i : items.subList(0, Math.min(ITEMS_PER_SLIDE, items.size()))) {
            row(table, false, "#" + i.item().id(), i.item().title(), blank(i.item().owner()),
                    i.item().due() == null ? "" : i.item().due().toString(), i.item().status().chinese(), PackTexts.level(i),
                    PackTexts.effect(i.verification()));
        }
        if (items.size() > ITEMS_PER_SLIDE) {
            row(table, false, "", "另有 " + (items.size() - ITEMS_PER_SLIDE) + " 项，见会议材料的工作簿", "", "", "", "", "");
        }
        if (items.isEmpty()) {
            row(table, false, "", "本周没有整改事项", "", "", "", "", "");
        }
        widths(table, anchor, 0.07, 0.33, 0.1, 0.12, 0.1, 0.1, 0.18);
    }

    private static void row(XSLFTable table, boolean header, String... texts) {
        XSLFTableRow row = table.addRow();
        for (String text : texts) {
            XSLFTableCell cell = row.addCell();
            XSLFTextRun run = cell.addNewTextParagraph().addNewTextRun();
            run.setText(text);
            style(run, header ? 13 : 12, header);
            if (header) {
                cell.setFillColor(new Color(0xDDE3EA));
            }
            cell.setBorderColor(org.apache.poi.sl.usermodel.TableCell.BorderEdge.bottom, new Color(0xB0B0B0));
        }
    }

    private static void widths(XSLFTable table, Rectangle2D anchor, double... shares) {
        for (int c = 0; c < shares.length; c++) {
            table.setColumnWidth(c, anchor.getWidth() * shares[c]);
        }
        table.setAnchor(anchor);
    }

    private static void style(XSLFTextRun run, double size, boolean bold) {
        run.setFontSize(size);
        run.setBold(bold);
        run.setFontFamily(EAST_ASIAN_FONT, FontGroup.EAST_ASIAN);
    }

    private static void picture(XMLSlideShow ppt, XSLFSlide slide, JFreeChart chart, Rectangle2D anchor) throws IOException {
        // drawn at twice the slide's size, so the picture stays sharp on a projector
        var image = ChartFiles.image(chart, (int) anchor.getWidth() * 2, (int) anchor.getHeight() * 2);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        XSLFPictureData data = ppt.addPicture(png.toByteArray(), PictureData.PictureType.PNG);
        slide.createPicture(data).setAnchor(anchor);
    }

    private static String blank(String s) {
        return s == null ? "" : s;
    }
}
