package org.rectify.report.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rectify.analytics.DistrictComparison;
import org.rectify.analytics.KpiService;
import org.rectify.analytics.Metric;
import org.rectify.analytics.Pareto;
import org.rectify.analytics.ParetoService;
import org.rectify.analytics.TierService;
import org.rectify.analytics.TrendService;
import org.rectify.checklist.ChecklistService;
import org.rectify.checklist.ChecklistWeeks;
import org.rectify.checklist.excel.ChecklistImport;
import org.rectify.domain.Period;
import org.rectify.domain.Grain;
import org.rectify.domain.Scope;
import org.rectify.store.KpiSettings;
import org.rectify.store.ReferenceData;
import org.rectify.store.RollupQueries;
import org.rectify.store.Settings;
import org.rectify.store.Store;
import org.rectify.store.SyncLog;
import org.rectify.sync.ImportListener;
import org.rectify.sync.TicketImporter;

/** The weekly meeting pack written as PPTX, PDF and XLSX, read back with POI and PDFBox. */
class MeetingPackTest {

    private static final Period WEEK = Period.parse("2014-W10");

    @TempDir
    static Path folder;
    private static Store store;
    private static MeetingPack pack;
    private static KpiService kpis;

    @BeforeAll
    static void write() throws Exception {
        store = Store.open(folder.resolve("data"));
        new TicketImporter(new SyncLog(store)).importFile(ChecklistWeeks.earlyWeeks(folder.resolve("early.csv")),
                ImportListener.NONE);
        new Settings(store).set("checklist.top_n", "2");
        ChecklistService checklist = new ChecklistService(store, Clock.systemDefaultZone());
        checklist.generate(WEEK, null);
        RollupQueries rollups = new RollupQueries(store);
        KpiSettings settings = new KpiSettings(store);
        ReferenceData reference = new ReferenceData(store);
        kpis = new KpiService(rollups, reference, settings);
        pack = new MeetingPackBuilder(new DistrictComparison(kpis, new TierService(rollups, settings), reference, rollups),
                new TrendService(rollups, reference, settings), new ParetoService(rollups), checklist)
                .build(WEEK, null, LocalDateTime.of(2014, 3, 10, 9, 0));
        for (String name : List.of("pack.pptx", "pack.pdf", "pack.xlsx")) {
            MeetingPackFiles.write(pack, folder.resolve(name));
        }
        ChecklistImport.export(checklist, WEEK, null, folder.resolve("checklist.xlsx"), LocalDateTime.of(2014, 3, 10, 9, 0));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void theSlidesAreTheCityPagesAndTwoPagesPerDistrictWithTheAnalyticsNumbers() throws Exception {
        try (InputStream in = Files.newInputStream(folder.resolve("pack.pptx")); XMLSlideShow ppt = new XMLSlideShow(in)) {
            List<XSLFSlide> slides = ppt.getSlides();
            assertEquals(2 + 2 * 2, slides.size());
            assertEquals(List.of("周整改例会 · 2014-W10（2014-03-03 至 2014-03-09） · 全市",
                    "全市 · 每周抱怨量与TOP问题 · 2014-W10（2014-03-03 至 2014-03-09）",
                    "坪山 · 2014-W10（2014-03-03 至 2014-03-09）", "坪山 · 整改清单 · 2014-W10",
                    "龙华 · 2014-W10（2014-03-03 至 2014-03-09）", "龙华 · 整改清单 · 2014-W10"),
                    slides.stream().map(MeetingPackTest::title).toList());
            // the city's complaints as the analytics layer computes them, in the first table's second row
            long complaints = Math.round(kpis.compute(WEEK, null, Scope.ALL).metrics().get(Metric.COMPLAINTS).value());
            XSLFTable cityKpis = tables(slides.get(0)).get(0);
            assertEquals("抱怨量", cityKpis.getCell(1, 0).getText());
            assertEquals(String.format("%,d", complaints), cityKpis.getCell(1, 1).getText());
            double longhua = kpis.compute(WEEK, null, new Scope("龙华", null)).metrics().get(Metric.COMPLAINTS).value();
            assertEquals(String.format("%,d", Math.round(longhua)), tables(slides.get(4)).get(0).getCell(1, 1).getText());
            for (XSLFSlide charts : List.of(slides.get(1), slides.get(4))) {
                assertEquals(2, charts.getShapes().stream().filter(s -> s instanceof org.apache.poi.xslf.usermodel.XSLFPictureShape).count(),
                        "the trend and the TOP problems as pictures");
            }
            assertTrue(tables(slides.get(5)).get(0).getCell(1, 1).getText().contains("（装维服务）"), "the checklist table");
        }
    }

    @Test
    void thePdfHasChineseTextPageNumbersAndItsFontsEmbedded() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(folder.resolve("pack.pdf").toFile())) {
            assertEquals(6, pdf.getNumberOfPages());
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("龙华") && text.contains("坪山") && text.contains("整改清单"), text);
            assertTrue(text.contains("第 6 / 6 页"), "page numbers");
            assertTrue(text.contains("全市 每周抱怨量") && text.contains("全市 TOP问题"), "the city's two charts");
            assertTrue(text.contains("W10"), "chart labels are text too");
            for (PDPage page : pdf.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertTrue(font.isEmbedded(), font.getName() + " is embedded");
                }
            }
        }
    }

    @Test
    void theWorkbookHasTheCityAndEveryDistrict() throws Exception {
        try (InputStream in = Files.newInputStream(folder.resolve("pack.xlsx")); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertEquals(List.of("全市", "坪山", "龙华"), List.of(wb.getSheetName(0), wb.getSheetName(1), wb.getSheetName(2)));
            double complaints = kpis.compute(WEEK, null, Scope.ALL).metrics().get(Metric.COMPLAINTS).value();
            assertEquals(complaints, wb.getSheet("全市").getRow(3).getCell(1).getNumericCellValue());
            // the city's TOP problems after the ranking, as the analytics layer gives them
            Pareto top = new ParetoService(new RollupQueries(store)).top(WEEK, Scope.ALL, 10);
            Sheet city = wb.getSheet("全市");
            int header = -1;
            for (Row row : city) {
                if (row.getCell(0) != null && "TOP问题".equals(row.getCell(0).toString())) {
                    header = row.getRowNum();
                }
            }
            assertTrue(header > 0, "a TOP problems table on the city sheet");
            assertEquals(1, city.getRow(header + 2).getCell(0).getNumericCellValue());
            assertEquals(top.items().get(0).problem(), city.getRow(header + 2).getCell(1).getStringCellValue());
            assertEquals(top.items().get(0).count(), city.getRow(header + 2).getCell(2).getNumericCellValue());
        }
    }

    @Test
    void aDistrictsTrendCarriesItsProblemItemsRaisedThatWeek() {
        // W10's checklist: 龙华's three problem items of 装维服务 (TOP-2 and a rise); 坪山's TOP problems of its one complaint
        Map<String, List<org.rectify.checklist.InterventionMark>> marks = new java.util.HashMap<>();
        pack.districts().forEach(p -> marks.put(p.district(), p.interventions()));
        assertEquals(List.of(new org.rectify.checklist.InterventionMark(WEEK, 3, 0)), marks.get("龙华"));
        long pingshan = new ChecklistService(store, Clock.systemDefaultZone()).list(WEEK, "坪山").rows().stream()
                .filter(r -> r.item().kind() == org.rectify.domain.ItemKind.PROBLEM).count();
        assertEquals(pingshan == 0 ? List.of() : List.of(new org.rectify.checklist.InterventionMark(WEEK, (int) pingshan, 0)),
                marks.get("坪山"));
    }

    @Test
    void theCityPageHasTheCitysWeeklyTrendAndTopProblems() {
        TrendService trends = new TrendService(new RollupQueries(store), new ReferenceData(store), new KpiSettings(store));
        assertEquals(trends.series(Metric.COMPLAINTS, Grain.WEEK, Period.parse("2013-W51"), WEEK, Scope.ALL), pack.cityTrend());
        assertEquals(12, pack.cityTrend().size());
        assertEquals(new ParetoService(new RollupQueries(store)).top(WEEK, Scope.ALL, 10), pack.cityPareto());
        long weekComplaints = Math.round(kpis.compute(WEEK, null, Scope.ALL).metrics().get(Metric.COMPLAINTS).value());
        assertEquals(weekComplaints, Math.round(pack.cityTrend().get(11).value()));
    }

    @Test
    void noExportHoldsASubscribersNumber() throws Exception {
        Set<String> subscribers = new TreeSet<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + store.file());
             ResultSet rs = c.createStatement().executeQuery("SELECT DISTINCT subscriber FROM ticket WHERE subscriber IS NOT NULL")) {
            while (rs.next()) {
                subscribers.add(rs.getString(1));
            }
        }
        assertFalse(subscribers.isEmpty());
        List<String> texts = new ArrayList<>();
        try (InputStream in = Files.newInputStream(folder.resolve("pack.pptx")); XMLSlideShow ppt = new XMLSlideShow(in)) {
            for (XSLFSlide slide : ppt.getSlides()) {
                for (XSLFShape shape : slide.getShapes()) {
                    if (shape instanceof XSLFTextShape t) {
                        texts.add(t.getText());
                    } else if (shape instanceof XSLFTable table) {
                        table.getRows().forEach(r -> r.getCells().forEach(cell -> texts.add(cell.getText())));
                    }
                }
            }
        }
        try (PDDocument pdf = Loader.loadPDF(folder.resolve("pack.pdf").toFile())) {
            texts.add(new PDFTextStripper().getText(pdf));
        }
        for (String book : List.of("pack.xlsx", "checklist.xlsx")) {
            try (InputStream in = Files.newInputStream(folder.resolve(book)); XSSFWorkbook wb = new XSSFWorkbook(in)) {
                for (Sheet sheet : wb) {
                    for (Row row : sheet) {
                        for (Cell cell : row) {
                            texts.add(cell.toString());
                        }
                    }
                }
            }
        }
        String all = String.join("\n", texts);
        assertTrue(all.contains("龙华"), "the scan reads the exports");
        for (String number : subscribers) {
            assertFalse(all.contains(number), "subscriber " + number + " in an export");
        }
    }

    @Test
    void theDistrictsFollowTheMeetingsOrder() {
        ChecklistService checklist = new ChecklistService(store, Clock.systemDefaultZone());
        assertEquals(List.of("坪山", "龙华"), pack.districts().stream().map(MeetingPack.DistrictPage::district).toList());
        checklist.meetingOrder().set(List.of("龙华"));
        try {
            RollupQueries rollups = new RollupQueries(store);
            KpiSettings settings = new KpiSettings(store);
            ReferenceData reference = new ReferenceData(store);
            MeetingPack ordered = new MeetingPackBuilder(new DistrictComparison(kpis, new TierService(rollups, settings),
                    reference, rollups), new TrendService(rollups, reference, settings), new ParetoService(rollups), checklist)
                    .build(WEEK, null, LocalDateTime.of(2014, 3, 10, 9, 0));
            assertEquals(List.of("龙华", "坪山"), ordered.districts().stream().map(MeetingPack.DistrictPage::district).toList());
            org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                    () -> checklist.meetingOrder().set(List.of("仓山")));
        } finally {
            new Settings(store).remove(org.rectify.checklist.MeetingOrder.SETTING);
        }
    }

    @Test
    void eachWeeksPackIsArchivedInEveryFormatAndListed() throws Exception {
        PackArchive archive = new PackArchive(folder.resolve("archive"));
        assertEquals(List.of(), archive.list());
        archive.archive(pack);
        List<PackArchive.Archived> listed = archive.list();
        assertEquals(1, listed.size());
        assertEquals(WEEK, listed.get(0).week());
        assertEquals(List.of("周整改例会-2014-W10.pdf", "周整改例会-2014-W10.pptx", "周整改例会-2014-W10.xlsx"),
                listed.get(0).files().stream().map(f -> f.getFileName().toString()).toList());
        assertTrue(listed.get(0).files().stream().allMatch(f -> f.toFile().length() > 1000));
    }

    private static String title(XSLFSlide slide) {
        return slide.getShapes().stream().filter(s -> s instanceof XSLFTextShape).map(s -> ((XSLFTextShape) s).getText())
                .findFirst().orElse("");
    }

    private static List<XSLFTable> tables(XSLFSlide slide) {
        return slide.getShapes().stream().filter(s -> s instanceof XSLFTable).map(s -> (XSLFTable) s).toList();
    }
}
