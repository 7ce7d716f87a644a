package org.rectify.report.pack;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.util.Matrix;
import org.jfree.chart.JFreeChart;
import org.rectify.analytics.DistrictComparison;
import org.rectify.analytics.KpiReport;
import org.rectify.analytics.Metric;
import org.rectify.checklist.ItemRow;
import org.rectify.report.charts.ChartStyle;
import org.rectify.report.fonts.BundledFont;

/**
 * The pack as a PDF: A4 landscape, the same pages as the slides, page numbers, charts as vectors
 * through a Graphics2D bridge, and the bundled Chinese font embedded as a subset (text and chart
 * labels alike), so that it reads the same on any PC.
 */
final class PackPdfWriter {

    private static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    private static final float MARGIN = 36;
    private static final float ROW = 17;
    private static final int ITEMS_PER_PAGE = 22;
    private static final double CHART_LAYOUT_WIDTH = 600;

    private PDDocument doc;
    private PDType0Font font;
    private final Map<Character, Boolean> drawable = new HashMap<>();

    void write(MeetingPack pack, Path file) throws IOException {
        try (PDDocument document = new PDDocument(); InputStream in = BundledFont.open()) {
            doc = document;
            font = PDType0Font.load(doc, in, true);
            page(p -> {
                title(p, "周整改例会 · " + PackTexts.weekTitle(pack.week()) + " · 全市");
                kpis(p, pack.city(), MARGIN, 480);
                ranking(p, pack.ranking(), 430, 480);
            });
            page(p -> {
                title(p, PackCharts.CITY + " · 每周抱怨量与TOP问题 · " + PackTexts.weekTitle(pack.week()));
                // side by side at full height: stacked, each would be laid out too flat for the TOP's slanted names
                chart(p, PackCharts.cityTrend(pack, ChartStyle.light()), new Rectangle2D.Float(MARGIN, 60, 378, 440));
                chart(p, PackCharts.cityPareto(pack, ChartStyle.light()), new Rectangle2D.Float(MARGIN + 392, 60, 378, 440));
            });
            for (MeetingPack.DistrictPage d : pack.districts()) {
                page(p -> {
                    title(p, d.district() + " · " + PackTexts.weekTitle(pack.week()));
                    kpis(p, d.kpis(), MARGIN, 480);
                    chart(p, PackCharts.trend(d, ChartStyle.light()), new Rectangle2D.Float(360, 300, 446, 200));
                    chart(p, PackCharts.pareto(d, pack, ChartStyle.light()), new Rectangle2D.Float(360, 50, 446, 240));
                });
                page(p -> {
                    title(p, d.district() + " · 整改清单 · " + pack.week());
                    checklist(p, d.items());
                });
            }
            numberPages();
            Files.createDirectories(file.toAbsolutePath().getParent());
            doc.save(file.toFile());
        }
    }

    private interface PageBody {
        void draw(PDPageContentStream page) throws IOException;
    }

    private void page(PageBody body) throws IOException {
        PDPage page = new PDPage(PAGE);
        doc.addPage(page);
        try (PDPageContentStream stream = new PDPageContentStream(doc, page)) {
            body.draw(stream);
        }
    }

    private void title(PDPageContentStream p, String text) throws IOException {
        text(p, text, MARGIN, PAGE.getHeight() - MARGIN - 14, 18);
    }

    private void kpis(PDPageContentStream p, KpiReport report, float x, float top) throws IOException {
        float[] columns = {x, x + 130, x + 188, x + 246};
        row(p, columns, top, 11, "指标", "本期", "去年同期", "同比");
        float y = top - ROW;
        for (Metric m : Metric.values()) {
            var v = report.metrics().get(m);
            row(p, columns, y, 10, PackTexts.metric(m), PackTexts.value(m, v == null ? null : v.value()),
                    PackTexts.value(m, v == null ? null : v.previous()), PackTexts.change(m, v));
            y -= ROW;
        }
    }

    private void ranking(PDPageContentStream p, List<DistrictComparison.Row> rows, float x, float top) throws IOException {
        float[] columns = {x, x + 80, x + 160, x + 230, x + 320};
        row(p, columns, top, 11, "区分公司", "千人抱怨率", "抱怨量", "一次性解决率", "质控分级");
        float y = top - ROW;
        for (DistrictComparison.Row d : rows) {
            var m = d.kpis().metrics();
            row(p, columns, y, 10, d.district(), PackTexts.value(Metric.COMPLAINTS_PER_1000, m.get(Metric.COMPLAINTS_PER_1000).value()),
                    PackTexts.value(Metric.COMPLAINTS, m.get(Metric.COMPLAINTS).value()),
                    PackTexts.value(Metric.FIRST_CONTACT_RESOLUTION, m.get(Metric.FIRST_CONTACT_RESOLUTION).value()),
                    PackTexts.tier(d.tier()));
            y -= ROW;
        }
    }

    private void checklist(PDPageContentStream p, List<ItemRow> items) throws IOException {
        float[] columns = {MARGIN, MARGIN + 45, MARGIN + 300, MARGIN + 360, MARGIN + 430, MARGIN + 490, MARGIN + 550};
        float y = 500;
        row(p, columns, y, 10, "编号", "事项", "责任人", "完成时限", "状态", "督办", "效果验证");
        for (ItemRow i : items.subList(0, Math.min(ITEMS_PER_PAGE, items.size()))) {
            y -= ROW;
            row(p, columns, y, 9, "#" + i.item().id(), i.item().title(), i.item().owner() == null ? "" : i.item().owner(),
                    i.item().due() == null ? "" : i.item().due().toString(), i.item().status().chinese(), PackTexts.level(i),
                    PackTexts.effect(i.verification()));
        }
        if (items.size() > ITEMS_PER_PAGE) {
            text(p, "另有 " + (items.size() - ITEMS_PER_PAGE) + " 项，见会议材料的工作簿", MARGIN + 45, y - ROW, 9);
        } else if (items.isEmpty()) {
            text(p, "本周没有整改事项", MARGIN + 45, y - ROW, 9);
        }
    }

    /** One table row; each cell is cut to its column so that neighbours never overlap. */
    private void row(PDPageContentStream p, float[] columns, float y, float size, String... cells) throws IOException {
        for (int c = 0; c < cells.length; c++) {
            float width = (c + 1 < columns.length ? columns[c + 1] : PAGE.getWidth() - MARGIN) - columns[c] - 6;
            text(p, fit(cells[c], width, size), columns[c], y, size);
        }
    }

    private void chart(PDPageContentStream p, JFreeChart chart, Rectangle2D.Float box) throws IOException {
        PdfBoxGraphics2D g = new PdfBoxGraphics2D(doc, box.width, box.height);
        PdfBoxGraphics2DFontTextDrawer fonts = new PdfBoxGraphics2DFontTextDrawer();
        fonts.registerFont(BundledFont.FAMILY, font); // chart labels as real text in the embedded font
        g.setFontTextDrawer(fonts);
        // laid out as on a 600-pixel screen, then scaled to the box: type about 9 points on paper
        double scale = box.width / CHART_LAYOUT_WIDTH;
        g.scale(scale, scale);
        chart.draw(g, new Rectangle2D.Double(0, 0, box.width / scale, box.height / scale));
        g.dispose();
        p.saveGraphicsState();
        p.transform(Matrix.getTranslateInstance(box.x, box.y));
        p.drawForm(g.getXFormObject());
        p.restoreGraphicsState();
    }

    private void numberPages() throws IOException {
        int total = doc.getNumberOfPages();
        for (int i = 0; i < total; i++) {
            try (PDPageContentStream p = new PDPageContentStream(doc, doc.getPage(i), PDPageContentStream.AppendMode.APPEND, true)) {
                text(p, "第 " + (i + 1) + " / " + total + " 页", PAGE.getWidth() - MARGIN - 60, 20, 9);
            }
        }
    }

    private void text(PDPageContentStream p, String text, float x, float y, float size) throws IOException {
        p.beginText();
        p.setFont(font, size);
        p.setNonStrokingColor(Color.BLACK);
        p.newLineAtOffset(x, y);
        p.showText(drawableText(text));
        p.endText();
    }

    private String fit(String text, float width, float size) throws IOException {
        String t = drawableText(text);
        if (font.getStringWidth(t) / 1000 * size <= width) {
            return t;
        }
        while (!t.isEmpty() && font.getStringWidth(t + "…") / 1000 * size > width) {
            t = t.substring(0, t.length() - 1);
        }
        return t + "…";
    }

    /** Characters the embedded font has no glyph for (a rare name in a foreign export) become □ instead of failing. */
    private String drawableText(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char ch : text.toCharArray()) {
            boolean ok = drawable.computeIfAbsent(ch, c -> {
                try {
                    font.encode(String.valueOf(c));
                    return true;
                } catch (IOException | IllegalArgumentException e) {
                    return false;
                }
            });
            out.append(ok ? ch : '□');
        }
        return out.toString();
    }
}
