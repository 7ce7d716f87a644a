package org.rectify.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.TestMethodOrder;
import org.rectify.sync.ProfileDraft;
import org.rectify.testing.DesktopHarness;
import org.rectify.testing.DesktopWindow;
import org.rectify.testing.StandardCsv;
import org.rectify.ui.sync.FileJob;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The sync screen in the real window over a real store: files dropped, mapped in the wizard, imported, refused, cancelled. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SyncScreenTest {

    @RegisterExtension
    static final DesktopWindow WINDOW = DesktopWindow.over(DesktopHarness::handSet);
    private final FxRobot robot = new FxRobot();

    private void drop(Path... files) {
        robot.interact(() -> ((RectifyApp) WINDOW.app()).dropFiles(List.of(files)));
    }

    private FileJob lastJob() throws Exception {
        TableView<FileJob> jobs = robot.lookup("#sync-jobs").queryTableView();
        DesktopHarness.waitUntil(() -> !jobs.getItems().isEmpty() && jobs.getItems().get(jobs.getItems().size() - 1).finished());
        return jobs.getItems().get(jobs.getItems().size() - 1);
    }

    private static long count(String sql) throws Exception {
        try (Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + WINDOW.store().folder().resolve("rectify.db"));
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** An export of another system: GBK, semicolons, a title line above the header, headers no profile knows. */
    private static Path foreignExport() throws Exception {
        List<String> lines = new ArrayList<>(List.of("投诉明细导出（坪山片区）", "", "编号;登记日期;所属片区;问题分类;诉求类型;处理结果;联系电话"));
        for (int i = 1; i <= 20; i++) {
            String created = i == 7 ? "五月中旬" : "2014/5/" + (i + 2) + " 9:" + String.format("%02d", i);
            lines.add("F" + i + ";" + created + ";坪山区;" + (i % 2 == 0 ? "宽带故障反复" : "话费争议") + ";"
                    + (i % 5 == 0 ? "咨询" : "投诉") + ";" + (i % 3 == 0 ? "处理中" : "已办结") + ";1390000" + String.format("%04d", i));
        }
        Path file = WINDOW.folder().resolve("投诉明细-坪山.csv");
        Files.write(file, (String.join("\r\n", lines) + "\r\n").getBytes(Charset.forName("GBK")));
        return file;
    }

    /** Session 7 found the counts behind a horizontal scroll at 1280×800: the rejected rows took half the width. */
    @Test
    @Order(98)
    void theHistorysCountsAreInViewAt1280x800AndAtFullHd() throws Exception {
        robot.clickOn("#nav-sync");
        javafx.stage.Stage stage = (javafx.stage.Stage) robot.lookup("#shell").query().getScene().getWindow();
        double width = stage.getWidth();
        double height = stage.getHeight();
        TableView<?> runs = robot.lookup("#sync-history").queryTableView();
        try {
            for (double[] size : new double[][] {{1280, 800}, {1920, 1080}}) {
                robot.interact(() -> {
                    stage.setWidth(size[0]);
                    stage.setHeight(size[1]);
                });
                WaitForAsyncUtils.waitForFxEvents();
                WaitForAsyncUtils.waitForFxEvents();
                double[] countsEnd = new double[1];
                robot.interact(() -> {
                    // time, file, status, then read, inserted, updated, unchanged, rejected
                    for (int i = 0; i < 8; i++) {
                        countsEnd[0] += runs.getColumns().get(i).getWidth();
                    }
                });
                assertTrue(countsEnd[0] <= runs.getWidth() - 10, "at " + size[0] + "×" + size[1] + " the counts end at "
                        + countsEnd[0] + " in a history " + runs.getWidth() + " wide");
                assertTrue(runs.getHeight() > 150, "the history keeps some rows: " + runs.getHeight());
            }
        } finally {
            robot.interact(() -> {
                stage.setWidth(width);
                stage.setHeight(height);
            });
        }
    }

    @Test
    @Order(99)
    void theDropZoneHoldsItsLinesInTheProjectorsTypeAtFullHd() throws Exception {
        robot.clickOn("#nav-sync");
        robot.interact(() -> robot.lookup("#sync-clear-finished").queryButton().fire());
        javafx.stage.Stage stage = (javafx.stage.Stage) robot.lookup("#shell").query().getScene().getWindow();
        double width = stage.getWidth();
        double height = stage.getHeight();
        robot.interact(() -> {
            robot.lookup("#theme-choice").queryAs(ComboBox.class).getSelectionModel().select(org.rectify.ui.theme.Theme.PROJECTOR);
            stage.setWidth(1920);
            stage.setHeight(1080);
        });
        javafx.scene.layout.VBox zone = robot.lookup("#sync-drop-zone").queryAs(javafx.scene.layout.VBox.class);
        DesktopHarness.waitUntil(() -> zone.isVisible() && zone.getHeight() > 0);
        WaitForAsyncUtils.waitForFxEvents();
        try {
            for (javafx.scene.Node line : zone.getChildren()) {
                javafx.geometry.Bounds b = line.getBoundsInParent();
                // a line cut by the zone's border (session 7 found the second one cut at 1920×1080)
                assertTrue(b.getMinY() >= 0 && b.getMaxY() <= zone.getHeight() - zone.getPadding().getBottom() + 0.5,
                        line + " inside the zone of height " + zone.getHeight() + ": " + b);
            }
        } finally {
            robot.interact(() -> {
                robot.lookup("#theme-choice").queryAs(ComboBox.class).getSelectionModel().select(org.rectify.ui.theme.Theme.LIGHT);
                stage.setWidth(width);
                stage.setHeight(height);
            });
        }
    }

    @Test
    @Order(1)
    void aForeignGbkExportIsRefusedThenMappedInTheWizardSavedAndImported() throws Exception {
        long before = count("SELECT count(*) FROM ticket");
        drop(foreignExport());
        FileJob refused = lastJob();
        assertEquals(FileJob.State.REFUSED, refused.state().get());
        assertEquals(before, count("SELECT count(*) FROM ticket"), "a refused file changes nothing");

        robot.clickOn("#sync-job-map");
        DesktopHarness.waitUntil(() -> robot.lookup("#wizard").query().isVisible()
                && robot.lookup("#wizard-trial-summary").queryLabeled().getText().contains("19"));
        // the wizard read it right: GBK, semicolons, the header on row 3, the required fields suggested
        assertTrue(robot.lookup("#wizard-found").queryLabeled().getText().contains("GB18030"));
        assertEquals(Integer.valueOf(3), robot.lookup("#wizard-header-row").queryAs(javafx.scene.control.Spinner.class).getValue());
        ComboBox<ProfileDraft.Source> id = robot.lookup("#wizard-source-ticket_id").queryComboBox();
        assertEquals("编号", id.getValue().column());
        String summary = robot.lookup("#wizard-trial-summary").queryLabeled().getText();
        assertTrue(summary.contains("可导入 19 行") && summary.contains("拒绝 1 行"), summary);

        // a date form java.time cannot read is said in the window's language, and the trial comes back once it is cleared
        TextField dateForm = robot.lookup("#wizard-date-format").queryAs(TextField.class);
        robot.interact(() -> dateForm.setText("yyyy-MM-dd qqq bb"));
        DesktopHarness.waitUntil(() -> robot.lookup("#wizard-problem").queryLabeled().getText()
                .startsWith("日期格式“yyyy-MM-dd qqq bb”无法识别"));
        robot.interact(() -> dateForm.setText(""));
        DesktopHarness.waitUntil(() -> robot.lookup("#wizard-problem").queryLabeled().getText().isEmpty()
                && robot.lookup("#wizard-trial-summary").queryLabeled().getText().contains("可导入 19 行"));

        // 诉求类型 is the kind of ticket: 投诉 is a complaint, 咨询 a consultation
        ComboBox<ProfileDraft.Source> kind = robot.lookup("#wizard-source-kind").queryComboBox();
        robot.interact(() -> kind.setValue(ProfileDraft.Source.column("诉求类型")));
        ComboBox<ProfileDraft.Source> category = robot.lookup("#wizard-source-category").queryComboBox();
        robot.interact(() -> category.setValue(ProfileDraft.Source.NONE));
        ComboBox<org.rectify.sync.CanonicalField> mapped = robot.lookup("#wizard-values-field").queryComboBox();
        robot.interact(() -> mapped.setValue(org.rectify.sync.CanonicalField.KIND));
        TextArea values = robot.lookup("#wizard-values").queryAs(TextArea.class);
        robot.interact(() -> values.setText("投诉=抱怨\n咨询=咨询"));
        TextField name = robot.lookup("#wizard-name").queryAs(TextField.class);
        robot.interact(() -> name.setText("坪山片区导出"));

        // a profiles WINDOW.folder() that cannot be written is said in the window's language; nothing is imported, the wizard stays
        Path profiles = WINDOW.store().folder().resolve("profiles");
        Path aside = WINDOW.store().folder().resolve("profiles-aside");
        boolean existed = Files.isDirectory(profiles);
        if (existed) {
            Files.move(profiles, aside);
        }
        Files.writeString(profiles, "a file where the profiles WINDOW.folder() should be");
        robot.clickOn("#wizard-save-import");
        DesktopHarness.waitUntil(() -> robot.lookup("#wizard-problem").queryLabeled().getText()
                .equals("方案“坪山片区导出”没有保存：无法写入 " + profiles + "（一个同名的文件挡在那里（应是文件夹））"));
        assertTrue(robot.lookup("#wizard").query().isVisible());
        assertEquals(FileJob.State.REFUSED, lastJob().state().get(), "nothing imported yet");
        Files.delete(profiles);
        if (existed) {
            Files.move(aside, profiles);
        }
        robot.clickOn("#wizard-save-import");

        FileJob imported = lastJob();
        assertEquals(FileJob.State.DONE, imported.state().get(), String.valueOf(imported.result().get()));
        assertEquals(19, imported.result().get().counts().inserted());
        assertEquals(1, imported.result().get().counts().rejected());
        assertEquals("坪山片区导出", imported.result().get().profile());
        assertEquals(19, count("SELECT count(*) FROM ticket WHERE ticket_id LIKE 'F%' AND district = '坪山'"));
        assertEquals(4, count("SELECT count(*) FROM ticket WHERE ticket_id LIKE 'F%' AND kind <> 'complaint'"), "F5 F10 F15 F20");
        assertEquals(6, count("SELECT count(*) FROM ticket WHERE ticket_id LIKE 'F%' AND status = 'open'"), "处理中: F3 … F18");
        assertTrue(Files.isRegularFile(WINDOW.store().folder().resolve("profiles").resolve("坪山片区导出.json")), "the profile is saved");
        assertEquals(1, count("SELECT count(*) FROM rejected_row WHERE row_number = 10 AND reason LIKE '%五月中旬%'"));
    }

    @Test
    @Order(2)
    void aWorkbookWithASummarySheetImportsOnlyItsDistrictSheets() throws Exception {
        Path file = WINDOW.folder().resolve("分区明细.xlsx");
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            String[] header = StandardCsv.HEADER.split(",");
            for (String sheetName : List.of("汇总", "龙华", "坪山")) {
                var sheet = wb.createSheet(sheetName);
                var h = sheet.createRow(0);
                for (int c = 0; c < header.length; c++) {
                    h.createCell(c).setCellValue(header[c]);
                }
                List<String> districts = sheetName.equals("汇总") ? List.of("龙华", "坪山") : List.of(sheetName);
                int r = 1;
                for (String d : districts) {
                    for (int i = 0; i < 3; i++) {
                        var row = sheet.createRow(r++);
                        row.createCell(0).setCellValue("WB-" + d + i);
                        row.createCell(1).setCellValue("2014-05-0" + (i + 1) + " 10:00:00");
                        row.createCell(3).setCellValue(sheetName.equals("汇总") ? "汇总" : d);
                        row.createCell(5).setCellValue("抱怨");
                        row.createCell(11).setCellValue("处理中");
                    }
                }
            }
            try (var out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        drop(file);
        FileJob job = lastJob();
        assertEquals(FileJob.State.DONE, job.state().get(), String.valueOf(job.result().get()));
        assertEquals(6, job.result().get().counts().inserted());
        assertTrue(job.result().get().message().contains("sheet 汇总 skipped"), job.result().get().message());
        assertEquals(0, count("SELECT count(*) FROM ticket WHERE district = '汇总'"));
        assertEquals(3, count("SELECT count(*) FROM ticket WHERE ticket_id LIKE 'WB-%' AND district = '龙华'"));
    }

    @Test
    @Order(3)
    void aBadFileShowsItsMessageAndChangesNothing() throws Exception {
        long tickets = count("SELECT count(*) FROM ticket");
        byte[] noise = new byte[4096];
        new Random(3).nextBytes(noise);
        Path bad = Files.write(WINDOW.folder().resolve("坏文件.csv"), noise);
        drop(bad);
        FileJob job = lastJob();
        assertEquals(FileJob.State.REFUSED, job.state().get());
        String message = job.result().get().message();
        assertTrue(message.startsWith("坏文件.csv: does not look like a text export"), message);
        TableView<FileJob> jobs = robot.lookup("#sync-jobs").queryTableView();
        robot.interact(() -> jobs.scrollTo(job));
        DesktopHarness.waitUntil(() -> robot.lookup(".job-refused").queryAllAs(javafx.scene.control.Labeled.class).stream()
                .anyMatch(l -> l.getText().startsWith("坏文件.csv：不像文本导出文件（按 GB18030 读取")));
        assertEquals(tickets, count("SELECT count(*) FROM ticket"));
        // chosen in the history, the run says why beside its (empty) rejected rows, in the window's language
        TableView<org.rectify.domain.SyncRun> runs = robot.lookup("#sync-history").queryTableView();
        DesktopHarness.waitUntil(() -> runs.getItems().stream().anyMatch(r -> r.fileName().equals("坏文件.csv")));
        robot.interact(() -> runs.getSelectionModel().select(
                runs.getItems().stream().filter(r -> r.fileName().equals("坏文件.csv")).findFirst().orElseThrow()));
        javafx.scene.control.Label note = robot.lookup("#sync-run-note").queryAs(javafx.scene.control.Label.class);
        DesktopHarness.waitUntil(() -> note.isVisible() && note.getText().startsWith("坏文件.csv：不像文本导出文件"));
        robot.interact(() -> {
            try { // a picture of the job list for whoever looks at the build (target/)
                org.rectify.ui.common.ScenePng.write(robot.lookup("#sync-screen").query().getScene(), Path.of("target/sync-jobs.png"));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @Test
    @Order(6)
    void aFileTheWizardCannotReadSaysWhyInTheWindowsLanguage() throws Exception {
        Path broken = Files.writeString(WINDOW.folder().resolve("断引号.csv"), "工单号,受理时间,区分公司\n"
                + "B1,2014-05-02 09:00:00,龙华\nB2,\"2014-05-02 10:00:00,龙华\nB3,2014-05-02 11:00:00,龙华\n");
        robot.interact(() -> robot.lookup("#sync-clear-finished").queryButton().fire());
        drop(broken);
        FileJob job = lastJob();
        assertEquals(FileJob.State.REFUSED, job.state().get());
        assertEquals(org.rectify.domain.ImportNote.UNCLOSED_QUOTE.text("断引号.csv", 3), job.result().get().message());

        robot.clickOn("#sync-job-map");
        DesktopHarness.waitUntil(() -> robot.lookup("#wizard").query().isVisible() && robot.lookup("#wizard-problem")
                .queryLabeled().getText().startsWith("断引号.csv 第 3 行：带引号的字段到文件末尾都没有结束"));
        TableView<?> raw = robot.lookup("#wizard-raw").queryTableView();
        assertEquals("这个文件读不出来，原因见上方红字", ((javafx.scene.control.Label) raw.getPlaceholder()).getText(),
                "not \"reading…\" for ever");
        robot.interact(() -> robot.lookup("#wizard-back").queryButton().fire());
        DesktopHarness.waitUntil(() -> robot.lookup("#sync-screen").query().isVisible());
    }

    @Test
    @Order(5)
    void aFolderChosenOnTheSyncScreenIsWatchedAndKept() throws Exception {
        Path inbox = java.nio.file.Files.createDirectories(WINDOW.folder().resolve("收件箱"));
        robot.interact(() -> ((RectifyApp) WINDOW.app()).screens().sync.watchFolder(inbox));
        DesktopHarness.waitUntil(() -> robot.lookup("#sync-watched").queryLabeled().getText().contains("收件箱")
                && robot.lookup("#sync-watched").queryLabeled().getText().contains("上次扫描"));
        assertEquals(inbox.toAbsolutePath().toString(),
                new org.rectify.store.Settings(WINDOW.store()).get(org.rectify.store.Settings.WATCH_FOLDER).orElseThrow());
        StandardCsv.create().ticket("IN1", "2014-05-02 10:00:00", "", "龙华", "装维服务", "宽带修障超时", "", "处理中")
                .writeTo(WINDOW.folder().resolve("staging.csv"));
        java.nio.file.Files.move(WINDOW.folder().resolve("staging.csv"), inbox.resolve("weekly.csv"));
        DesktopHarness.waitUntil(() -> count("SELECT count(*) FROM ticket WHERE ticket_id = 'IN1'") == 1);
        robot.interact(() -> robot.lookup("#sync-watch-stop").queryButton().fire());
        DesktopHarness.waitUntil(() -> new org.rectify.store.Settings(WINDOW.store()).get(org.rectify.store.Settings.WATCH_FOLDER).isEmpty());
        DesktopHarness.waitUntil(() -> robot.lookup("#sync-watched").queryLabeled().getText().startsWith("未设置监控目录"));
    }

    @Test
    @Order(4)
    void cancellingMidImportLeavesNoRowOfTheFile() throws Exception {
        Path big = WINDOW.folder().resolve("big.csv");
        try (BufferedWriter out = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
            out.write(StandardCsv.HEADER + "\r\n");
            for (int i = 0; i < 250_000; i++) {
                out.write("BIG" + i + ",2014-05-02 10:00:00,,龙华,民治服务中心,抱怨,装维服务,宽带修障超时,10000号,,,处理中,王伟,13800000000,,用户反映宽带修障超时\r\n");
            }
        }
        long tickets = count("SELECT count(*) FROM ticket");
        drop(big);
        TableView<FileJob> jobs = robot.lookup("#sync-jobs").queryTableView();
        FileJob job = jobs.getItems().get(jobs.getItems().size() - 1);
        DesktopHarness.waitUntil(() -> job.rows().get() > 0);
        robot.interact(() -> jobs.scrollTo(job));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> robot.lookup("#sync-job-cancel").queryAll().stream()
                .filter(javafx.scene.Node::isVisible).findFirst().map(javafx.scene.control.Button.class::cast)
                .orElseThrow().fire());
        FileJob ended = lastJob();
        assertEquals(FileJob.State.CANCELLED, ended.state().get(), String.valueOf(ended.result().get()));
        assertEquals(tickets, count("SELECT count(*) FROM ticket"), "nothing of the cancelled file stays");
        assertEquals(0, count("SELECT count(*) FROM ticket WHERE ticket_id LIKE 'BIG%'"));
        assertEquals(1, count("SELECT count(*) FROM sync_run WHERE file_name = 'big.csv' AND status = 'cancelled'"));
    }
}
