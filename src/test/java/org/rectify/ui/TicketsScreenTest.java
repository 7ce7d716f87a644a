package org.rectify.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.geometry.VerticalDirection;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rectify.domain.Ticket;
import org.rectify.store.Store;
import org.rectify.store.SyncLog;
import org.rectify.sync.ImportListener;
import org.rectify.sync.TicketImporter;
import org.rectify.testing.DesktopHarness;
import org.rectify.testing.StandardCsv;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Opens the real window (headless, Monocle) on a real store of 1,000 tickets and works the ticket list. */
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class TicketsScreenTest {

    private static final int TICKETS = 1_000;

    @TempDir
    static Path folder;
    private static Store store;
    private static Application app;
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void openWindow() throws Exception {
        store = Store.open(folder.resolve("data"));
        StandardCsv csv = StandardCsv.create();
        for (int i = 0; i < TICKETS; i++) {
            String district = i % 4 == 0 ? "坪山" : "龙华";
            if (i == 8) {
                // what someone typed into a ticket can look like a formula: an export must keep it as text
                csv.line("T0008,2014-05-01 00:08:00,,坪山,坪山服务中心,抱怨,装维服务,宽带修障超时,10000号,,,处理中,@王伟,13812345678,,"
                        + "=HYPERLINK(\"http://x\";\"点我\")");
                continue;
            }
            csv.ticket(String.format("T%04d", i), String.format("2014-05-%02d %02d:%02d:00", 1 + i / 60, (i / 60) % 24, i % 60),
                    "", district, "装维服务", i % 2 == 0 ? "宽带修障超时" : "宽带装机超时", "", "处理中");
        }
        new TicketImporter(new SyncLog(store)).importFile(csv.writeTo(folder.resolve("t.csv")), ImportListener.NONE);
        app = DesktopHarness.start(store, folder);
    }

    @AfterAll
    static void closeWindow() throws Exception {
        DesktopHarness.stop(app);
        store.close();
    }

    @org.junit.jupiter.api.BeforeEach
    void showTheTicketScreen() {
        robot.clickOn("#nav-tickets");
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void showsTheNewestTicketsFirstWithSubscribersMasked() throws Exception {
        TableView<Ticket> table = robot.lookup("#tickets-table").queryTableView();
        waitUntil(() -> table.getItems().size() == TICKETS && rowAt(table, 0).isPresent());

        TableRow<?> first = rowAt(table, 0).orElseThrow();
        assertEquals("T0999", ((Ticket) first.getItem()).ticketId());
        assertTrue(robot.lookup("138****5678").tryQuery().isPresent(), "masked subscriber shown");
        assertTrue(robot.lookup("13812345678").tryQuery().isEmpty(), "full number hidden");
        Label count = robot.lookup("#tickets-count").queryAs(Label.class);
        assertEquals("共 1,000 张工单", count.getText());
        waitUntil(() -> !robot.lookup("#tickets-busy").query().isVisible() && table.getOpacity() == 1.0);
    }

    @Test
    void scrollingLoadsTheRowsFurtherDown() throws Exception {
        TableView<Ticket> table = robot.lookup("#tickets-table").queryTableView();
        waitUntil(() -> table.getItems().size() == TICKETS && rowAt(table, 0).isPresent());

        robot.moveTo(table).scroll(30, VerticalDirection.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> table.scrollTo(850));
        waitUntil(() -> rowAt(table, 850).isPresent());

        Ticket row850 = (Ticket) rowAt(table, 850).orElseThrow().getItem();
        assertEquals("T0149", row850.ticketId(), "row 850 of a newest-first list of 1,000");
    }

    @Test
    void filteringByDistrictAndTextNarrowsTheList() throws Exception {
        TableView<Ticket> table = robot.lookup("#tickets-table").queryTableView();
        waitUntil(() -> table.getItems().size() == TICKETS);

        // the list follows the header's district: one district box, the header's
        robot.interact(() -> robot.lookup("#period-district").queryComboBox().getSelectionModel().select("坪山"));
        waitUntil(() -> table.getItems().size() == 250);

        robot.clickOn("#tickets-search").write("装机");
        waitUntil(() -> table.getItems().size() == 0);
        robot.interact(() -> robot.lookup("#tickets-search").queryTextInputControl().setText("修障"));
        waitUntil(() -> table.getItems().size() == 250);

        robot.interact(() -> {
            robot.lookup("#tickets-search").queryTextInputControl().setText("");
            robot.lookup("#period-district").queryComboBox().getSelectionModel().select("");
        });
        waitUntil(() -> table.getItems().size() == TICKETS);
    }

    @Test
    void theUnmaskToggleShowsFullNumbersOnPurpose() throws Exception {
        TableView<Ticket> table = robot.lookup("#tickets-table").queryTableView();
        waitUntil(() -> rowAt(table, 0).isPresent());

        robot.clickOn("#tickets-unmask");
        waitUntil(() -> robot.lookup("#dialog-confirm").tryQuery().isPresent()); // asked first, naming the risk
        robot.clickOn("#dialog-confirm");
        waitUntil(() -> robot.lookup("13812345678").tryQuery().isPresent());
        robot.clickOn("#tickets-unmask");
        waitUntil(() -> robot.lookup("13812345678").tryQuery().isEmpty());
        assertNotNull(robot.lookup("138****5678").query());
    }

    @Test
    @org.junit.jupiter.api.Order(Integer.MAX_VALUE) // it adds tickets: runs after the tests that count them
    void aFileDroppedIntoTheWatchedFolderIsImportedAndShown() throws Exception {
        TableView<Ticket> table = robot.lookup("#tickets-table").queryTableView();
        waitUntil(() -> table.getItems().size() >= TICKETS);

        StandardCsv.create()
                .ticket("W1", "2014-06-01 09:00:00", "", "龙华", "装维服务", "宽带修障超时", "", "处理中")
                .ticket("W2", "2014-06-01 09:05:00", "", "龙华", "装维服务", "宽带修障超时", "", "处理中")
                .writeTo(folder.resolve("staging.csv"));
        java.nio.file.Files.move(folder.resolve("staging.csv"), folder.resolve("watched/new-export.csv"));

        // the header showed the latest month (2014-05); the new data reaches into June, so it moves along,
        // and the list with it: the two new tickets of June
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> "2014-06".equals(robot.lookup("#period-label").queryAs(Label.class).getText())).get());
        waitUntil(() -> table.getItems().size() == 2);
        Label status = robot.lookup("#shell-status").queryAs(Label.class);
        assertEquals("已从监控目录导入 1 个文件，共 2 行", status.getText());
        robot.interact(() -> table.scrollTo(0));
        waitUntil(() -> rowAt(table, 0).isPresent() && "W2".equals(((Ticket) rowAt(table, 0).get().getItem()).ticketId()));
    }

    @Test
    void aFilterOfTheListEqualsTheCountInTheStoreAndItsExportReadsBackTheSame() throws Exception {
        TableView<Ticket> table = robot.lookup("#tickets-table").queryTableView();
        waitUntil(() -> table.getItems().size() == TICKETS);
        robot.interact(() -> {
            robot.lookup("#period-district").queryComboBox().getSelectionModel().select("坪山");
            robot.lookup("#tickets-filter-problem").queryComboBox().getSelectionModel().select("宽带修障超时");
        });
        long expected = count("SELECT count(*) FROM ticket WHERE district = '坪山' AND problem = '宽带修障超时'"
                + " AND created_at >= '2014-05-01' AND created_at < '2014-06-01'");
        waitUntil(() -> table.getItems().size() == expected);
        assertEquals(250, expected, "every fourth ticket is 坪山's, all of them with even numbers: 修障");
        java.util.List<String> shown = new java.util.ArrayList<>();
        for (int i = 0; i < table.getItems().size(); i++) {
            int index = i;
            robot.interact(() -> table.scrollTo(index));
            waitUntil(() -> table.getItems().get(index) != null);
            shown.add(table.getItems().get(index).ticketId());
        }

        Path file = folder.resolve("export.xlsx");
        robot.interact(() -> ((RectifyApp) app).screens().tickets.exportTo(file));
        waitUntil(() -> robot.lookup("#shell-status").queryAs(Label.class).getText().startsWith("已导出 250 张工单"));
        try (var wb = org.apache.poi.ss.usermodel.WorkbookFactory.create(file.toFile())) {
            var sheet = wb.getSheetAt(0);
            assertEquals("工单号", sheet.getRow(0).getCell(0).getStringCellValue());
            java.util.List<String> exported = new java.util.ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                exported.add(sheet.getRow(r).getCell(0).getStringCellValue());
            }
            assertEquals(shown, exported, "the same tickets in the same order");
            var formula = sheet.getRow(exported.indexOf("T0008") + 1);
            var description = formula.getCell(14);
            assertEquals(org.apache.poi.ss.usermodel.CellType.STRING, description.getCellType());
            assertEquals("=HYPERLINK(\"http://x\";\"点我\")", description.getStringCellValue(), "the text unchanged");
            assertTrue(description.getCellStyle().getQuotePrefixed(), "and marked as text, never run as a formula");
            assertTrue(formula.getCell(12).getCellStyle().getQuotePrefixed(), "@王伟 too");
            assertEquals("138****5678", formula.getCell(7).getStringCellValue(), "numbers as the list shows them: masked");
        }
        robot.interact(() -> {
            robot.lookup("#tickets-filter-clear").queryButton().fire();
            robot.lookup("#period-district").queryComboBox().getSelectionModel().select("");
        });
        waitUntil(() -> table.getItems().size() == TICKETS);
    }

    @Test
    void aDoubleClickOpensTheTicketInFullWithWhereItCameFrom() throws Exception {
        TableView<Ticket> table = robot.lookup("#tickets-table").queryTableView();
        waitUntil(() -> table.getItems().size() == TICKETS && !robot.lookup("#tickets-busy").query().isVisible());
        robot.interact(() -> table.scrollTo(0));
        waitUntil(() -> rowAt(table, 0).isPresent());
        robot.doubleClickOn(rowAt(table, 0).orElseThrow());
        waitUntil(() -> robot.lookup("#ticket-detail-title").tryQuery().isPresent()
                && robot.lookup("#ticket-detail-origin").queryAs(Label.class).getText().contains("t.csv"));
        assertEquals("工单 T0999", robot.lookup("#ticket-detail-title").queryAs(Label.class).getText());
        assertEquals("来自 t.csv（第 1 次同步）第 1,001 行".replace("1,001", "1001"),
                robot.lookup("#ticket-detail-origin").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#ticket-detail").query().lookupAll(".label").stream()
                .anyMatch(n -> "138****5678".equals(((Label) n).getText())), "masked in the detail too");
        robot.clickOn("#ticket-detail-close");
        waitUntil(() -> robot.lookup("#ticket-detail").tryQuery().isEmpty());
    }

    private static long count(String sql) throws Exception {
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + store.folder().resolve("rectify.db"));
             var st = c.createStatement(); var rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The rendered row at {@code index}, once its ticket has arrived. */
    private Optional<TableRow<?>> rowAt(TableView<Ticket> table, int index) {
        return robot.lookup(".table-row-cell").match((TableRow<?> row) -> row.getIndex() == index && row.getItem() != null)
                .tryQuery();
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        DesktopHarness.waitUntil(condition);
    }
}
