package org.rectify.report.charts;

import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;

/** Writes a chart to PNG or SVG at a given size, the same drawing as on screen. */
public final class ChartFiles {

    private ChartFiles() {
    }

    public static BufferedImage image(JFreeChart chart, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            chart.draw(g, new Rectangle(width, height));
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
        chart.draw(g, new Rectangle(width, height));
        Files.writeString(file, g.getSVGDocument(), StandardCharsets.UTF_8);
    }
}
