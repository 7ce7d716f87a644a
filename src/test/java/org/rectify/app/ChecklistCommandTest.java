package org.rectify.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rectify.checklist.ChecklistService;
import org.rectify.checklist.ChecklistWeeks;
import org.rectify.domain.ChecklistItem;
import org.rectify.domain.ItemChange;
import org.rectify.store.Settings;
import org.rectify.store.Store;

/** {@code checklist generate|list|set|export|import} and the Excel round trip, as a user runs them. */
class ChecklistCommandTest {

    @TempDir
    Path folder;
    private String data;

    @BeforeEach
    void load() throws Exception {
        data = folder.resolve("data").toString();
        Path early = ChecklistWeeks.earlyWeeks(folder.resolve("early.csv"));
        assertEquals(0, TestCli.run("--data", data, "import", early.toString()).exit());
        try (Store store = Store.open(Path.of(data))) {
            new Settings(store).set("checklist.top_n", "2");
        }
        TestCli.Outcome g = run("generate", "--week", "2014-W10");
        assertEquals(0, g.exit(), g.toString());
        assertTrue(g.out().startsWith("2014-W10: 8 items added, 0 already listed"), g.out());
    }

    private TestCli.Outcome run(String... args) {
        String[] all = new String[args.length + 5];
        all[0] = "--data";
        all[1] = data;
        all[2] = "checklist";
        all[3] = "--today";
        all[4] = "2014-03-12";
        System.arraycopy(args, 0, all, 5, args.length);
        return TestCli.run(all);
    }

    private JsonObject listJson() {
        TestCli.Outcome list = run("list", "--week", "2014-W10", "--district", "龙华", "--format", "json");
        assertEquals(0, list.exit(), list.toString());
        return JsonParser.parseString(list.out()).getAsJsonObject();
    }

    private static Map<String, JsonObject> byTitle(JsonObject list) {
        Map<String, JsonObject> items = new HashMap<>();
        list.getAsJsonArray("items").forEach(e -> items.put(e.getAsJsonObject().get("title").getAsString(), e.getAsJsonObject()));
        return items;
    }

    @Test
    void listJsonHasTheDocumentedShape() {
        JsonObject list = listJson();
        assertEquals("2014-W10", list.get("week").getAsString());
        assertEquals("龙华", list.get("district").getAsString());
        assertEquals("2014-03-12", list.get("today").getAsString());
        JsonArray items = list.getAsJsonArray("items");
        assertEquals(6, items.size());
        JsonObject rising = byTitle(list).get("宽带修障超时（装维服务）");
        assertEquals(List.of("id", "kind", "title", "district", "category", "problem", "ticket_id", "owner", "reviewer",
                "due", "status", "cause", "level", "age_weeks", "verification"), List.copyOf(rising.keySet()));
        assertEquals("problem", rising.get("kind").getAsString());
        assertEquals("open", rising.get("status").getAsString());
        assertEquals("2014-03-14", rising.get("due").getAsString());
        assertEquals(0, rising.get("level").getAsInt());
        assertEquals("{\"state\":\"none\",\"target\":null,\"weeks\":[]}", rising.get("verification").toString()
                .replace("\"target\":null", "\"target\":null"));
        assertTrue(rising.get("ticket_id").isJsonNull());

        // two days later the due date has passed: level 1; W11's list carries the item over, a week old
        TestCli.Outcome later = TestCli.run("--data", data, "checklist", "--today", "2014-03-17", "list", "--week",
                "2014-W11", "--district", "龙华", "--format", "json");
        JsonObject carried = byTitle(JsonParser.parseString(later.out()).getAsJsonObject()).get("宽带修障超时（装维服务）");
        assertEquals(1, carried.get("level").getAsInt());
        assertEquals(1, carried.get("age_weeks").getAsInt());
        assertEquals(rising.get("id"), carried.get("id"));
    }

    @Test
    void setRefusesIllegalTransitionsAndChangesNothing() {
        long id = byTitle(listJson()).get("宽带修障超时（装维服务）").get("id").getAsLong();
        TestCli.Outcome refused = run("set", Long.toString(id), "--status", "signed_off");
        assertEquals(3, refused.exit(), refused.toString());
        assertTrue(refused.err().contains("cannot go from open to signed_off"), refused.err());
        TestCli.Outcome badStatus = run("set", Long.toString(id), "--status", "done");
        assertEquals(2, badStatus.exit(), badStatus.toString());
        TestCli.Outcome ok = run("set", Long.toString(id), "--owner", "张工", "--status", "整改中", "--as", "李主任");
        assertEquals(0, ok.exit(), ok.toString());
        assertEquals("in_progress", byTitle(listJson()).get("宽带修障超时（装维服务）").get("status").getAsString());
        TestCli.Outcome unknown = run("list", "--week", "2014-W10", "--district", "仓山");
        assertEquals(2, unknown.exit());
        assertTrue(unknown.err().contains("unknown district '仓山'; the store knows: 坪山, 龙华"), unknown.err());
    }

    @Test
    void exportedWorkbookComesBackWithChangesMergedAndAConflictReported() throws Exception {
        Map<String, JsonObject> items = byTitle(listJson());
        long rising = items.get("宽带修障超时（装维服务）").get("id").getAsLong();
        long steady = items.get("宽带装机超时（装维服务）").get("id").getAsLong();
        long jump = items.get("预约后未按时上门（装维服务）").get("id").getAsLong();
        Path xlsx = folder.resolve("out").resolve("2014-W10.xlsx");
        TestCli.Outcome export = run("export", "--week", "2014-W10", "--out", xlsx.toString());
        assertEquals(0, export.exit(), export.toString());

        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertEquals(List.of("填写说明", "导出记录", "坪山", "龙华"), List.of(wb.getSheetName(0), wb.getSheetName(1),
                    wb.getSheetName(2), wb.getSheetName(3)));
            assertEquals(SheetVisibility.VERY_HIDDEN, wb.getSheetVisibility(1));
            XSSFSheet longhua = wb.getSheet("龙华");
            assertTrue(longhua.getProtect(), "the sheet is protected, so the id column stays as exported");
            assertTrue(longhua.getRow(1).getCell(0).getCellStyle().getLocked());
            assertFalse(longhua.getRow(1).getCell(6).getCellStyle().getLocked(), "责任人 is editable");
            List<String> lists = longhua.getDataValidations().stream().map(DataValidation::getValidationConstraint)
                    .filter(c -> c.getExplicitListValues() != null).map(c -> String.join("|", c.getExplicitListValues())).toList();
            assertTrue(lists.contains("未启动|整改中|待验证|已销号|无法整改"), lists.toString());
            assertTrue(lists.stream().anyMatch(l -> l.startsWith("配线错误|线路超长|无主干|资源不足|预约失约")), lists.toString());
        }

        // the district fills in: a new owner, a status, a reviewer, a formula-looking note, a bad status, an unknown id
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet sheet = wb.getSheet("龙华");
            Row risingRow = rowOf(sheet, rising);
            risingRow.getCell(6).setCellValue("刘工");
            risingRow.getCell(9).setCellValue("整改中");
            risingRow.getCell(12).setCellValue("=HYPERLINK(\"http://x\",\"点我\")");
            rowOf(sheet, steady).getCell(7).setCellValue("王经理");
            rowOf(sheet, jump).getCell(9).setCellValue("做完了");
            Row ghost = sheet.createRow(sheet.getLastRowNum() + 1);
            ghost.createCell(0).setCellValue("99999");
            ghost.createCell(6).setCellValue("某人");
            try (OutputStream out = Files.newOutputStream(xlsx)) {
                wb.write(out);
            }
        }
        // meanwhile the store changed the same field of the steady item
        assertEquals(0, run("set", Long.toString(steady), "--reviewer", "赵经理").exit());

        TestCli.Outcome merged = run("import", xlsx.toString(), "--as", "区分公司");
        assertEquals(4, merged.exit(), merged.toString());
        assertTrue(merged.out().contains("1 items merged, 1 conflicts, 2 rows rejected"), merged.out());
        assertTrue(merged.out().contains("conflict #" + steady + " (龙华 row "), merged.out());
        assertTrue(merged.out().contains("复核人): exported '', file '王经理', store '赵经理' — store kept"), merged.out());
        assertTrue(merged.out().matches("(?s).*rejected 龙华 row \\d+, column 状态: '做完了' is not a status.*"), merged.out());
        assertTrue(merged.out().matches("(?s).*rejected 龙华 row \\d+, column 编号: item 99999 was not in this export.*"),
                merged.out());

        Map<String, JsonObject> after = byTitle(listJson());
        assertEquals("刘工", after.get("宽带修障超时（装维服务）").get("owner").getAsString());
        assertEquals("in_progress", after.get("宽带修障超时（装维服务）").get("status").getAsString());
        assertEquals("赵经理", after.get("宽带装机超时（装维服务）").get("reviewer").getAsString());
        assertEquals("open", after.get("预约后未按时上门（装维服务）").get("status").getAsString());

        try (Store store = Store.open(Path.of(data))) {
            ChecklistService service = new ChecklistService(store, Clock.systemDefaultZone());
            ChecklistItem item = service.item(rising).orElseThrow();
            assertEquals("=HYPERLINK(\"http://x\",\"点我\")", item.notes());
            List<ItemChange> history = service.history(rising);
            assertTrue(history.stream().anyMatch(h -> h.field().equals("owner") && "刘工".equals(h.newValue())
                    && h.changedBy().equals("区分公司")), history.toString());
        }

        // exported again, the note is text, never a formula
        Path again = folder.resolve("again.xlsx");
        assertEquals(0, run("export", "--week", "2014-W10", "--district", "龙华", "--out", again.toString()).exit());
        try (InputStream in = Files.newInputStream(again); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Cell note = rowOf(wb.getSheet("龙华"), rising).getCell(12);
            assertEquals(CellType.STRING, note.getCellType());
            assertTrue(note.getCellStyle().getQuotePrefixed());
            assertNotNull(wb.getSheet("龙华"));
            assertEquals(null, wb.getSheet("坪山"), "one district asked for, one district sheet");
        }

        // taking the file's side resolves the conflict
        TestCli.Outcome take = run("import", xlsx.toString(), "--take-file");
        assertTrue(take.out().contains("0 conflicts"), take.out());
        assertEquals("王经理", byTitle(listJson()).get("宽带装机超时（装维服务）").get("reviewer").getAsString());
    }

    @Test
    void theCauseCatalogueTheCalendarAndTheUserAreEditable() {
        TestCli.Outcome causes = run("causes", "--set", "配线错误, 线路超长,天气");
        assertEquals(0, causes.exit(), causes.toString());
        assertEquals("配线错误, 线路超长, 天气", causes.out().strip());
        long ticket = listJson().getAsJsonArray("items").asList().stream().map(e -> e.getAsJsonObject())
                .filter(o -> o.get("kind").getAsString().equals("ticket")).findFirst().orElseThrow().get("id").getAsLong();
        assertEquals(0, run("set", Long.toString(ticket), "--cause", "天气").exit());
        assertEquals(3, run("set", Long.toString(ticket), "--cause", "无主干").exit(), "no longer in the catalogue");

        TestCli.Outcome year = run("calendar", "--year", "2014");
        assertTrue(year.out().contains("2014-02-08 SAT workday 春节调休上班"), year.out());
        assertTrue(year.out().contains("2014-10-01 WED holiday 国庆节"), year.out());
        TestCli.Outcome added = run("calendar", "--year", "2014", "--holiday", "2014-03-13", "台风停工");
        assertTrue(added.out().contains("2014-03-13 THU holiday 台风停工"), added.out());
        assertTrue(run("calendar", "--year", "2014", "--remove", "2014-03-13").out().indexOf("台风停工") < 0);
        assertEquals(2, run("calendar", "--holiday", "2014-13-01", "x").exit());

        assertEquals("王经理", run("user", "王经理").out().strip());
        assertEquals(System.getProperty("user.name"), run("user", "").out().strip());
    }

    @Test
    void aFileThatIsNotAChecklistIsRefused() throws Exception {
        Path csv = Files.writeString(folder.resolve("not.xlsx"), "a,b\n1,2\n");
        TestCli.Outcome refused = run("import", csv.toString());
        assertEquals(3, refused.exit(), refused.toString());
        assertTrue(refused.err().contains("not.xlsx is not an XLSX workbook"), refused.err());
        // longer than the 4 KB POI looks into for a zip signature, and a zip that holds no workbook
        byte[] noise = new byte[5_000];
        new java.util.Random(7).nextBytes(noise);
        Path binary = Files.write(folder.resolve("noise.xlsx"), noise);
        Path zip = folder.resolve("other.xlsx");
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new java.util.zip.ZipEntry("readme.txt"));
            out.write("not a workbook".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        for (Path file : List.of(binary, zip)) {
            TestCli.Outcome other = run("import", file.toString());
            assertEquals(3, other.exit(), other.toString());
            assertTrue(other.err().contains(file.getFileName() + " is not an XLSX workbook"), other.err());
            assertFalse(other.err().contains("Exception"), other.err());
        }
    }

    private static Row rowOf(XSSFSheet sheet, long id) {
        for (Row row : sheet) {
            Cell c = row.getCell(0);
            if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(Long.toString(id))) {
                return row;
            }
        }
        throw new AssertionError("no row for item " + id);
    }
}
