package org.rectify.report.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.BasicStroke;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rectify.analytics.Metric;
import org.rectify.analytics.Pareto;
import org.rectify.analytics.TrendPoint;
import org.rectify.domain.Period;

/** The charts built from analytics results, drawn with real fonts and written to real files. */
class ChartsTest {

    @TempDir
    Path folder;

    private static List<TrendPoint> points() {
        return List.of(new TrendPoint(Period.parse("2014-W18"), 120.0, 150.0),
                new TrendPoint(Period.parse("2014-W19"), 110.0, null), new TrendPoint(Period.parse("2014-W20"), 95.0, 140.0));
    }

    private static JFreeChart trend(String title) {
        return TrendChart.create(points(), Metric.COMPLAINTS, new TrendChart.Texts(title, "本期", "去年同期", "抱怨量", "最后一期尚未结束"),
                ChartStyle.light());
    }

    @Test
    void interventionsAreMarkedOnTheirPeriodsWithTheirCounts() {
        JFreeChart chart = trend("抱怨量");
        InterventionMarkers.add(chart, List.of(
                        new org.rectify.checklist.InterventionMark(Period.parse("2014-W17"), 9, 9), // before the chart
                        new org.rectify.checklist.InterventionMark(Period.parse("2014-W18"), 3, 0),
                        new org.rectify.checklist.InterventionMark(Period.parse("2014-W20"), 1, 2)),
                new InterventionMarkers.Texts("整改提出（项）", "整改完成（项）"), ChartStyle.light(), Period::toString);
        CategoryPlot plot = chart.getCategoryPlot();
        List<String> marks = plot.getDomainMarkers(org.jfree.chart.ui.Layer.BACKGROUND).stream()
                .map(m -> ((org.jfree.chart.plot.CategoryMarker) m).getKey() + " " + ((org.jfree.chart.plot.Marker) m).getLabel())
                .toList();
        assertEquals(List.of("2014-W18 3", "2014-W20 1", "2014-W20 2"), marks);
        // W20's two lines lie on one another: the done line's dashes fill the raised line's gaps, so both show
        List<BasicStroke> w20 = plot.getDomainMarkers(org.jfree.chart.ui.Layer.BACKGROUND).stream()
                .map(m -> (BasicStroke) ((org.jfree.chart.plot.Marker) m).getStroke()).toList().subList(1, 3);
        assertEquals(w20.get(0).getDashArray()[0], w20.get(1).getDashPhase(), 1e-6);
        assertEquals(0f, w20.get(0).getDashPhase(), 1e-6);
        List<String> legend = new java.util.ArrayList<>();
        for (int i = 0; i < plot.getLegendItems().getItemCount(); i++) {
            legend.add(plot.getLegendItems().get(i).getLabel());
        }
        assertEquals(List.of("本期", "去年同期", "整改提出（项）", "整改完成（项）"), legend);
        // drawn, with the marks' lines where there was none
        assertNotEquals(Arrays.hashCode(ChartFiles.image(trend("抱怨量"), 800, 450).getRGB(0, 0, 800, 450, null, 0, 800)),
                Arrays.hashCode(ChartFiles.image(chart, 800, 450).getRGB(0, 0, 800, 450, null, 0, 800)));
    }

    @Test
    void aTrendWithoutInterventionsKeepsItsLegend() {
        JFreeChart chart = trend("抱怨量");
        InterventionMarkers.add(chart, List.of(), new InterventionMarkers.Texts("提出", "完成"), ChartStyle.light(),
                Period::toString);
        // nor with marks only on weeks the chart does not show
        InterventionMarkers.add(chart, List.of(new org.rectify.checklist.InterventionMark(Period.parse("2014-W30"), 2, 1)),
                new InterventionMarkers.Texts("提出", "完成"), ChartStyle.light(), Period::toString);
        assertEquals(2, chart.getCategoryPlot().getLegendItems().getItemCount());
        assertTrue(chart.getCategoryPlot().getDomainMarkers(org.jfree.chart.ui.Layer.BACKGROUND) == null);
    }

    @Test
    void anItemsMarkersStandInRowsAboveItsWeeks() {
        List<org.rectify.checklist.Verification.WeekCount> weeks = new java.util.ArrayList<>();
        Period week = Period.parse("2014-W02");
        for (int i = 0; i < 20; i++, week = week.next()) {
            weeks.add(new org.rectify.checklist.Verification.WeekCount(week, 8 + i % 8));
        }
        JFreeChart chart = ItemTrendChart.create(new org.rectify.checklist.SliceTrend(weeks, 12, Period.parse("2014-W10"),
                        Period.parse("2014-W13"), Period.parse("2014-W14")),
                new ItemTrendChart.Texts("宽带修障超时：每周投诉", "投诉", "投诉量", "目标 ≤%d", "提出", "完成", "验证有效"),
                ChartStyle.light());
        CategoryPlot plot = chart.getCategoryPlot();
        List<org.jfree.chart.plot.CategoryMarker> marks = plot.getDomainMarkers(org.jfree.chart.ui.Layer.FOREGROUND).stream()
                .map(m -> (org.jfree.chart.plot.CategoryMarker) m).toList();
        assertEquals(List.of("W10 提出", "W13 完成", "W14 验证有效"), marks.stream().map(m -> m.getKey() + " " + m.getLabel()).toList());
        // one row of words each, all above the weeks' highest count (15)
        assertEquals(3, marks.stream().map(m -> m.getLabelOffset().getTop()).distinct().count());
        assertTrue(plot.getRangeAxis().getUpperBound() >= 15 * 1.4, "room above the line: " + plot.getRangeAxis().getUpperBound());
        // words right of a line in the first half of the weeks, left of it in the second
        assertEquals(List.of(org.jfree.chart.ui.TextAnchor.TOP_LEFT, org.jfree.chart.ui.TextAnchor.TOP_RIGHT,
                org.jfree.chart.ui.TextAnchor.TOP_RIGHT), marks.stream().map(m -> m.getLabelTextAnchor()).toList());
    }

    @Test
    void theTargetsWordsStandBesideThePlotNotOnItsLine() {
        List<org.rectify.checklist.Verification.WeekCount> weeks = List.of(
                new org.rectify.checklist.Verification.WeekCount(Period.parse("2014-W02"), 12),
                new org.rectify.checklist.Verification.WeekCount(Period.parse("2014-W03"), 13));
        JFreeChart chart = ItemTrendChart.create(new org.rectify.checklist.SliceTrend(weeks, 12, Period.parse("2014-W02"),
                        null, null),
                new ItemTrendChart.Texts("宽带修障超时：每周投诉", "投诉", "投诉量", "目标 ≤%d", "提出", "完成", "验证有效"),
                ChartStyle.light());
        var line = (org.jfree.chart.plot.ValueMarker) chart.getCategoryPlot().getRangeMarkers(org.jfree.chart.ui.Layer.FOREGROUND)
                .iterator().next();
        assertEquals(12.0, line.getValue());
        assertEquals(null, line.getLabel(), "no words on the line, where they hid the points near the target");
        org.jfree.chart.title.TextTitle words = (org.jfree.chart.title.TextTitle) chart.getSubtitle(0);
        assertEquals("- - 目标 ≤12", words.getText());
        assertEquals(ChartStyle.light().highlight(), words.getPaint(), "in the line's colour");
    }

    @Test
    void chartsUseTheBundledChineseFont() {
        assertEquals(org.rectify.report.fonts.BundledFont.FAMILY, ChartStyle.cjkFamily());
        assertEquals(org.rectify.report.fonts.BundledFont.FAMILY, ChartStyle.light().fontFamily());
    }

    @Test
    void theBundledFontDrawsChineseWithoutAnySystemFont() {
        // the font object comes from the file inside the application, not from a family lookup
        java.awt.Font font = org.rectify.report.fonts.BundledFont.java2d().deriveFont(40f);
        assertEquals(-1, font.canDisplayUpTo("龙华坪山光明 周整改清单 已销号 督办 抱怨量 0123 ABC xyz ≤ · （）% ‰"));
        assertNotEquals(Arrays.hashCode(glyphPixels(font, "龙")), Arrays.hashCode(glyphPixels(font, "华")));
    }

    private static int[] glyphPixels(java.awt.Font font, String text) {
        BufferedImage image = new BufferedImage(60, 60, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = image.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, 60, 60);
        g.setColor(java.awt.Color.BLACK);
        g.setFont(font);
        g.drawString(text, 5, 45);
        g.dispose();
        int[] pixels = image.getRGB(0, 0, 60, 60, null, 0, 60);
        assertTrue(Arrays.stream(pixels).anyMatch(p -> (p & 0xFFFFFF) != 0xFFFFFF), "the glyph is drawn");
        return pixels;
    }

    @Test
    void twoDifferentChineseTitlesDrawDifferentPixels() {
        // boxes for missing glyphs would look the same for both characters
        int[] dragon = titlePixels(trend("龙龙龙龙"));
        int[] flower = titlePixels(trend("华华华华"));
        assertNotEquals(Arrays.hashCode(dragon), Arrays.hashCode(flower));
        assertTrue(Arrays.stream(dragon).anyMatch(p -> (p & 0xFFFFFF) != 0xFFFFFF), "the title is drawn");
    }

    private static int[] titlePixels(JFreeChart chart) {
        BufferedImage image = ChartFiles.image(chart, 800, 450);
        return image.getRGB(250, 0, 300, 40, null, 0, 300);
    }

    @Test
    void pngAndSvgFilesAreWritten() throws Exception {
        Path png = folder.resolve("trend.png");
        Path svg = folder.resolve("trend.svg");
        ChartFiles.writePng(trend("抱怨量 · 龙华"), 1600, 900, png);
        ChartFiles.writeSvg(trend("抱怨量 · 龙华"), 1600, 900, svg);
        BufferedImage read = ImageIO.read(png.toFile());
        assertEquals(1600, read.getWidth());
        assertEquals(900, read.getHeight());
        String text = Files.readString(svg);
        assertTrue(text.startsWith("<?xml") || text.startsWith("<svg"), text.substring(0, 40));
        assertTrue(text.contains("抱怨量 · 龙华") || text.contains("&#"), "the title is in the SVG");
    }

    @Test
    void theParetoClipsAnOverwhelmingOthersBarAndDrawsTheCut() {
        Pareto pareto = new Pareto(1000, List.of(new Pareto.Item("宽带修障超时", 60, 0.06, 0.06, 50L),
                new Pareto.Item("手机信号弱", 40, 0.04, 0.10, null)), 900, 0.9, 12, null);
        JFreeChart chart = ParetoChart.create(pareto, new ParetoChart.Texts("TOP", "件数", "累计", "其他", "80%"),
                ChartStyle.projector());
        CategoryPlot plot = chart.getCategoryPlot();
        assertEquals(90.0, plot.getRangeAxis(0).getUpperBound(), 1e-9, "1.5 × the largest TOP bar");
        assertEquals(3, plot.getDataset(0).getColumnCount(), "two problems and others");
        assertEquals(1.0, plot.getDataset(1).getValue(0, 2).doubleValue(), 1e-9, "others closes at 100 %");
        assertEquals(0.8, plot.getRangeMarkers(1, org.jfree.chart.ui.Layer.FOREGROUND).iterator().next() instanceof
                org.jfree.chart.plot.ValueMarker v ? v.getValue() : -1, 1e-9);
    }

    /** The clipped bar's count and the 80 % line's label, each found as the pixels it adds to the picture. */
    @Test
    void theClippedOthersCountAndTheCutsLabelDoNotWriteOverEachOther() {
        long[] counts = {24, 22, 21, 17, 15, 14, 13, 12, 10, 10};
        List<Pareto.Item> items = new java.util.ArrayList<>();
        long total = Arrays.stream(counts).sum() + 510;
        long running = 0;
        for (int i = 0; i < counts.length; i++) {
            running += counts[i];
            items.add(new Pareto.Item("问题" + i, counts[i], counts[i] / (double) total, running / (double) total, null));
        }
        Pareto pareto = new Pareto(total, items, 510, 510 / (double) total, 11, null);
        for (int[] size : new int[][] {{560, 300}, {640, 400}, {900, 450}, {1300, 520}}) {
            for (ChartStyle style : List.of(ChartStyle.light(), ChartStyle.projector())) {
                JFreeChart chart = ParetoChart.create(pareto, new ParetoChart.Texts("TOP问题", "抱怨量", "累计占比", "其他", "80%"), style);
                CategoryPlot plot = chart.getCategoryPlot();
                BufferedImage whole = ChartFiles.image(chart, size[0], size[1]);
                org.jfree.chart.plot.ValueMarker cut = (org.jfree.chart.plot.ValueMarker)
                        plot.getRangeMarkers(1, org.jfree.chart.ui.Layer.FOREGROUND).iterator().next();
                String cutLabel = cut.getLabel();
                cut.setLabel(null);
                java.awt.Rectangle cutText = changed(whole, ChartFiles.image(chart, size[0], size[1]));
                cut.setLabel(cutLabel);
                assertEquals(1, plot.getAnnotations().size(), "the clipped bar's count");
                plot.clearAnnotations();
                java.awt.Rectangle countText = changed(whole, ChartFiles.image(chart, size[0], size[1]));
                assertTrue(!cutText.isEmpty() && !countText.isEmpty(), "both are drawn");
                java.awt.Rectangle apart = new java.awt.Rectangle(cutText);
                apart.grow(4, 4); // not touching either: a gap one can see from the back of the room
                assertTrue(!apart.intersects(countText), size[0] + "×" + size[1] + ": " + cutText + " and " + countText);
            }
        }
    }

    /** The smallest rectangle holding every pixel that differs between the two pictures. */
    private static java.awt.Rectangle changed(BufferedImage a, BufferedImage b) {
        java.awt.Rectangle box = new java.awt.Rectangle();
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    box = box.isEmpty() ? new java.awt.Rectangle(x, y, 1, 1) : box.union(new java.awt.Rectangle(x, y, 1, 1));
                }
            }
        }
        return box;
    }

    @Test
    void aPartialLastPeriodIsSaidUnderTheTitle() {
        List<TrendPoint> partial = List.of(new TrendPoint(Period.parse("2014-W21"), 9.0, 8.0),
                new TrendPoint(Period.parse("2014-W22"), 3.0, 4.0, true, null));
        JFreeChart chart = TrendChart.create(partial, Metric.COMPLAINTS,
                new TrendChart.Texts("t", "本期", "去年同期", "抱怨量", "最后一期尚未结束"), ChartStyle.light());
        assertTrue(chart.getSubtitles().stream().anyMatch(t -> t instanceof org.jfree.chart.title.TextTitle text
                && text.getText().equals("最后一期尚未结束")));
        assertTrue(trend("t").getSubtitles().stream().noneMatch(t -> t instanceof org.jfree.chart.title.TextTitle));
    }

    @Test
    void aTrendLeavesAGapWhereThereIsNoData() {
        JFreeChart chart = trend("t");
        assertEquals(null, chart.getCategoryPlot().getDataset().getValue("去年同期", "2014-W19"));
        assertEquals(110.0, chart.getCategoryPlot().getDataset().getValue("本期", "2014-W19").doubleValue(), 1e-9);
    }

    @Test
    void anExportTwiceAsWideDrawsTypeAndLinesTwiceAsLarge() {
        JFreeChart chart = TrendChart.create(points(), Metric.COMPLAINTS,
                new TrendChart.Texts("抱怨量 · 龙华", "本期", "去年同期", "抱怨量", ""), ChartStyle.light());
        double small = ink(ChartFiles.image(chart, 1000, 600));
        double large = ink(ChartFiles.image(chart, 2000, 1200));
        // laid out at 1000 pixels and scaled: the same share of the picture is ink. Unscaled, type and
        // lines would keep their pixel size and cover a quarter to a half of that share.
        assertTrue(large / small > 0.8 && large / small < 1.25, small + " vs " + large);
        assertEquals(1.6, ChartFiles.scaleFor(1600), 1e-9);
        assertEquals(1.0, ChartFiles.scaleFor(640), 1e-9, "never shrunk below the screen's size");
    }

    @Test
    void smallCountsTickByWholeNumbers() {
        Pareto pareto = new Pareto(3, List.of(new Pareto.Item("宽带修障超时", 2, 2 / 3.0, 2 / 3.0, null),
                new Pareto.Item("手机信号弱", 1, 1 / 3.0, 1.0, null)), 0, 0.0, 2, null);
        JFreeChart chart = ParetoChart.create(pareto, new ParetoChart.Texts("TOP", "件数", "累计", "其他", "80%"),
                ChartStyle.light());
        ChartFiles.image(chart, 800, 500); // lays the axis out
        double tick = ((org.jfree.chart.axis.NumberAxis) chart.getCategoryPlot().getRangeAxis(0)).getTickUnit().getSize();
        assertTrue(tick >= 1 && tick == Math.rint(tick), "tick " + tick + ": never 1 1 1 0 0 0");
    }

    /** The share of dark pixels. */
    private static double ink(java.awt.image.BufferedImage image) {
        long dark = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int luminance = (((rgb >> 16) & 0xff) * 3 + ((rgb >> 8) & 0xff) * 6 + (rgb & 0xff)) / 10;
                if (luminance < 160 && ((rgb >>> 24) > 0)) {
                    dark++;
                }
            }
        }
        return (double) dark / (image.getWidth() * (long) image.getHeight());
    }
}
