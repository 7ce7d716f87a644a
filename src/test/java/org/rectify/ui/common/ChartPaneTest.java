package org.rectify.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.input.Clipboard;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rectify.analytics.Metric;
import org.rectify.analytics.TrendPoint;
import org.rectify.domain.Period;
import org.rectify.report.charts.ChartStyle;
import org.rectify.report.charts.TrendChart;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** Export as PNG and SVG, and copy: through the chart pane's own actions, with dialogs answered by the test. */
class ChartPaneTest {

    @TempDir
    Path folder;
    private final FxRobot robot = new FxRobot();

    /** Answers "where to save" with a file in the temp folder and records what the pane reports. */
    private final class AnsweringDialogs implements DialogService {
        final List<String> infos = new ArrayList<>();

        @Override
        public Optional<Path> chooseSaveFile(String title, String suggestedName, String extension) {
            return Optional.of(folder.resolve(suggestedName));
        }

        @Override
        public Optional<Path> chooseOpenFile(String title, String extension) {
            return Optional.empty();
        }

        @Override
        public List<Path> chooseExports(String title) {
            return List.of();
        }

        @Override
        public Optional<Path> chooseFolder(String title) {
            return Optional.empty();
        }

        @Override
        public void openFile(Path file) {
            infos.add("opened " + file);
        }

        @Override
        public void showError(String title, String message) {
            infos.add("error " + message);
        }

        @Override
        public void showInfo(String message) {
            infos.add(message);
        }

        @Override
        public boolean confirm(String title, String message, String confirmLabel) {
            infos.add("asked " + title);
            return false;
        }
    }

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void exportsAndCopiesTheChartShown() throws Exception {
        AnsweringDialogs dialogs = new AnsweringDialogs();
        JFreeChart chart = TrendChart.create(List.of(new TrendPoint(Period.parse("2014-05"), 3.0, 4.0)), Metric.COMPLAINTS,
                new TrendChart.Texts("抱怨量", "本期", "去年同期", "抱怨量", ""), ChartStyle.light());
        robot.interact(() -> {
            ChartPane pane = new ChartPane("test-chart", dialogs);
            pane.show(chart, "趋势-抱怨量-龙华 · 装维服务/宽带-2014-05");
            pane.exportPng();
            pane.exportSvg();
            pane.copy();
            assertTrue(Clipboard.getSystemClipboard().hasImage(), "an image on the clipboard");
        });
        // named by screen, metric, scope and period; what no file system takes became "-"
        assertTrue(Files.size(folder.resolve("趋势-抱怨量-龙华-装维服务-宽带-2014-05.png")) > 1000);
        assertTrue(Files.readString(folder.resolve("趋势-抱怨量-龙华-装维服务-宽带-2014-05.svg")).contains("<svg"));
        assertEquals(3, dialogs.infos.size(), dialogs.infos.toString());
        assertTrue(dialogs.infos.get(0).endsWith("趋势-抱怨量-龙华-装维服务-宽带-2014-05.png"), dialogs.infos.get(0));
    }
}
