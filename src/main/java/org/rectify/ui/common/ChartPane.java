package org.rectify.ui.common;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.BorderPane;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.fx.ChartViewer;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.rectify.report.charts.ChartFiles;
import org.rectify.ui.i18n.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A JFreeChart on screen with what every chart offers: export as PNG or SVG, copy to the
 * clipboard (buttons and context menu), tooltips, and a callback when an item is clicked. A new
 * chart replaces the old one in one step, so the viewer redraws once per change.
 */
public final class ChartPane {

    private static final Logger LOG = LoggerFactory.getLogger(ChartPane.class);
    private static final int EXPORT_MIN_WIDTH = 1600;

    private final ChartViewer viewer = new ChartViewer(null, false);
    private final BorderPane root = new BorderPane();
    private final DialogService dialogs;
    private final NearestItem nearest;
    private String fileStem = "chart";
    private Consumer<ChartEntity> onItemClicked = entity -> { };

    public ChartPane(String id, DialogService dialogs) {
        this.dialogs = dialogs;
        root.setId(id);
        root.getStyleClass().add("chart-pane");
        ContextMenu menu = menu();
        viewer.setOnContextMenuRequested(e -> menu.show(viewer, e.getScreenX(), e.getScreenY()));
        // a point is hovered and clicked within reach, not only on its 8-pixel marker
        nearest = new NearestItem(viewer, entity -> onItemClicked.accept(entity));
        HBox tools = new HBox(4, button("chart-png-" + id, Feather.IMAGE, "chart.exportPng", this::exportPng),
                button("chart-svg-" + id, Feather.FILE_TEXT, "chart.exportSvg", this::exportSvg),
                button("chart-copy-" + id, Feather.COPY, "chart.copy", this::copy));
        // A row of its own above the chart: over the chart it hid axis labels and cells.
        tools.setAlignment(Pos.CENTER_RIGHT);
        tools.setPadding(new Insets(2, 6, 0, 6));
        tools.getStyleClass().add("chart-tools");
        root.setTop(tools);
        root.setCenter(viewer);
    }

    public BorderPane root() {
        return root;
    }

    public JFreeChart chart() {
        return viewer.getChart();
    }

    /** Shows a chart built off the FX thread; {@code fileStem} names its exports ("TOP问题-龙华-2014-05"). */
    public void show(JFreeChart chart, String fileStem) {
        this.fileStem = fileStem;
        viewer.setChart(chart);
    }

    public void setOnItemClicked(Consumer<ChartEntity> handler) {
        this.onItemClicked = handler;
    }

    private ContextMenu menu() {
        MenuItem png = new MenuItem(Messages.get("chart.exportPng"));
        png.setOnAction(e -> exportPng());
        MenuItem svg = new MenuItem(Messages.get("chart.exportSvg"));
        svg.setOnAction(e -> exportSvg());
        MenuItem copy = new MenuItem(Messages.get("chart.copy"));
        copy.setOnAction(e -> copy());
        return new ContextMenu(png, svg, copy);
    }

    private static Button button(String id, Feather icon, String tooltipKey, Runnable action) {
        Button b = new Button(null, new FontIcon(icon));
        b.setId(id);
        b.getStyleClass().addAll("flat", "chart-tool");
        b.setTooltip(new Tooltip(Messages.get(tooltipKey)));
        b.setOnAction(e -> action.run());
        return b;
    }

    private int exportWidth() {
        return Math.max(EXPORT_MIN_WIDTH, (int) viewer.getWidth());
    }

    private int exportHeight() {
        double ratio = viewer.getWidth() > 0 ? viewer.getHeight() / viewer.getWidth() : 0.5625;
        return (int) Math.round(exportWidth() * Math.max(0.4, Math.min(ratio, 1.0)));
    }

    void exportPng() {
        save("png", file -> ChartFiles.writePng(chart(), exportWidth(), exportHeight(), file));
    }

    void exportSvg() {
        save("svg", file -> ChartFiles.writeSvg(chart(), exportWidth(), exportHeight(), file));
    }

    private interface Writer {
        void write(Path file) throws IOException;
    }

    private void save(String extension, Writer writer) {
        if (chart() == null) {
            return;
        }
        dialogs.chooseSaveFile(Messages.get("chart.saveTitle"), ChartFiles.fileName(fileStem, extension), extension).ifPresent(file -> {
            try {
                writer.write(file);
                dialogs.showInfo(Messages.format("chart.saved", file.toString()));
            } catch (IOException e) {
                LOG.error("Cannot write chart {}", file, e);
                dialogs.showError(Messages.get("chart.saveFailed"), file + ": " + e.getMessage());
            }
        });
    }

    void copy() {
        if (chart() == null) {
            return;
        }
        BufferedImage image = ChartFiles.image(chart(), exportWidth(), exportHeight());
        WritableImage fx = new WritableImage(image.getWidth(), image.getHeight());
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        fx.getPixelWriter().setPixels(0, 0, image.getWidth(), image.getHeight(), PixelFormat.getIntArgbInstance(), pixels,
                0, image.getWidth());
        ClipboardContent content = new ClipboardContent();
        content.putImage(fx);
        Clipboard.getSystemClipboard().setContent(content);
        dialogs.showInfo(Messages.get("chart.copied"));
    }
}
