package org.rectify.report.charts;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;

/**
 * Writes a chart to PNG or SVG at a given size. The chart is laid out as on a screen
 * {@value #REFERENCE_WIDTH} pixels wide and scaled up to the file's size, so that type, lines and
 * markers grow with the picture instead of shrinking relative to it (a 1600-pixel export of an
 * 11-pixel axis label would otherwise read as small print on a slide).
 */
public final class ChartFiles {

    /** The width a chart is laid out at before scaling; wider files scale everything up. */
    public static final int REFERENCE_WIDTH = 1000;

    private ChartFiles() {
    }

    /** How much type and lines grow in a file {@code width} pixels wide (never shrunk). */
    public static double scaleFor(int width) {
        return Math.max(1.0, (double) width / REFERENCE_WIDTH);
    }

    public static BufferedImage image(JFreeChart chart, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            draw(chart, g, width, height);
        } finally {
            g.dispose();
        }
        return image;
    }

    public static void writePng(JFreeChart chart, int width, int height, Path file) throws IOException {
        ImageIO.write(image(chart, width, height), "png", file.toFile());
    }

    public static void writeSvg(JFreeChart chart, int width, int height, Path file) throws IOException {
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        draw(chart, g, width, height);
        Files.writeString(file, g.getSVGDocument(), StandardCharsets.UTF_8);
    }

    private static void draw(JFreeChart chart, Graphics2D g, int width, int height) {
        double scale = scaleFor(width);
        g.scale(scale, scale);
        chart.draw(g, new Rectangle2D.Double(0, 0, width / scale, height / scale));
    }

    /** A file name made of the given parts: "TOP问题-龙华-2014-05"; characters no file system takes become "-". */
    public static String fileName(String stem, String extension) {
        String safe = stem.replaceAll("[\\\\/:*?\"<>|\\s·]+", "-").replaceAll("-{2,}", "-").replaceAll("^-|-$", "");
        return (safe.isEmpty() ? "chart" : safe) + "." + extension;
    }
}
