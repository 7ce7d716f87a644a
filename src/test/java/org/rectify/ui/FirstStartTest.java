package org.rectify.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rectify.testing.DesktopHarness.waitUntil;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import javafx.application.Application;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.rectify.domain.TicketFilter;
import org.rectify.store.TicketQueries;
import org.junit.jupiter.api.io.TempDir;
import org.rectify.analytics.Metric;
import org.rectify.store.Store;
import org.rectify.testing.DesktopHarness;
import org.rectify.testing.VisibleTexts;
import org.testfx.api.FxRobot;

/** On first start the store is empty and the demo loads: no period of today's date, no zeros, only "waiting". */
class FirstStartTest {

    @TempDir
    Path folder;
    private final FxRobot robot = new FxRobot();

    @Test
    void whileTheStoreIsEmptyOrLoadingNoPeriodAndNoFigureIsShown() throws Exception {
        try (Store store = Store.open(folder.resolve("data"))) {
            Application app = DesktopHarness.start(store, folder);
            try {
                waitUntil(() -> robot.lookup("#demo-overlay").tryQuery().isPresent());
                robot.clickOn("#nav-dashboard"); // the navigation stays usable beside the progress card
                assertEquals("等待数据…", robot.lookup("#period-label").queryAs(Label.class).getText());
                assertEquals("正在等待数据…（首次启动时演示数据载入后即显示）",
                        robot.lookup("#dashboard-heading").queryAs(Label.class).getText());
                for (Metric m : Metric.values()) {
                    assertEquals("…", ((Label) robot.lookup("#kpi-" + m.key()).lookup(".kpi-value").query()).getText());
                }
                assertTrue(robot.lookup("#period-next").queryAs(Button.class).isDisabled());
                assertTrue(robot.lookup("#period-previous").queryAs(Button.class).isDisabled());
                List<String> texts = VisibleTexts.of(robot.lookup("#shell").query());
                String today = YearMonth.from(LocalDate.now()).toString();
                assertTrue(texts.stream().noneMatch(t -> t.contains(today)), "no period of today's date: " + texts);
                robot.clickOn("#demo-cancel");
                waitUntil(() -> robot.lookup("#demo-overlay").tryQuery().isEmpty());
                // The load began before the window (files are written and imported one by one): a cancel keeps
                // the months imported whole so far and drops the one under way. The header shows what is stored.
                TicketQueries tickets = new TicketQueries(store);
                waitUntil(() -> {
                    String stored = tickets.isEmpty() ? "等待数据…"
                            : YearMonth.from(tickets.page(TicketFilter.ALL.withSort(TicketFilter.Sort.CREATED_NEWEST), 0, 1)
                                    .get(0).createdAt()).toString();
                    return stored.equals(robot.lookup("#period-label").queryAs(Label.class).getText());
                });
            } finally {
                DesktopHarness.stop(app);
            }
        }
    }
}
