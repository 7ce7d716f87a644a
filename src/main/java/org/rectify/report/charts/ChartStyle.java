package org.rectify.report.charts;

import java.awt.Color;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.List;
import java.util.Set;

/**
 * How charts look: colours and type that follow the app's theme (light, dark, projector), so a
 * chart on screen, in a PNG and in the meeting pack look the same. {@code scale} enlarges type and
 * lines for the projector.
 */
public record ChartStyle(Color background, Color foreground, Color muted, Color grid, List<Color> series,
                         Color highlight, String fontFamily, float scale) {

    /** CJK-capable families in order of preference: Windows, macOS, then the Linux fonts. */
    static final List<String> CJK_FAMILIES = List.of("Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC",
            "Source Han Sans SC", "WenQuanYi Zen Hei", "WenQuanYi Micro Hei", "SimHei");

    public static ChartStyle light() {
        return new ChartStyle(Color.WHITE, new Color(0x1F2328), new Color(0x59636E), new Color(0xD1D9E0),
                List.of(new Color(0x0969DA), new Color(0x8C959F), new Color(0xBF3989), new Color(0x1A7F37)),
                new Color(0xCF222E), cjkFamily(), 1f);
    }

    public static ChartStyle dark() {
        return new ChartStyle(new Color(0x0D1117), new Color(0xF0F6FC), new Color(0x9198A1), new Color(0x3D444D),
                List.of(new Color(0x4493F8), new Color(0x8B949E), new Color(0xDB61A2), new Color(0x3FB950)),
                new Color(0xF85149), cjkFamily(), 1f);
    }

    /** Black on white, saturated colours, type and lines half as large again: readable from the back of the room. */
    public static ChartStyle projector() {
        return new ChartStyle(Color.WHITE, Color.BLACK, new Color(0x303030), new Color(0xB0B0B0),
                List.of(new Color(0x0040C0), new Color(0x707070), new Color(0xC00070), new Color(0x007A20)),
                new Color(0xD00000), cjkFamily(), 1.5f);
    }

    /** The same style with type and lines {@code factor} times as large (a chart on a larger projected window). */
    public ChartStyle scaled(double factor) {
        return new ChartStyle(background, foreground, muted, grid, series, highlight, fontFamily, (float) (scale * factor));
    }

    public Font font(int style, float size) {
        return new Font(fontFamily, style, Math.round(size * scale));
    }

    public Color seriesColor(int index) {
        return series.get(index % series.size());
    }

    /**
     * The bundled CJK font (registered here, so it is there on any machine); the first installed
     * CJK family only if the bundled one could not be registered.
     */
    static String cjkFamily() {
        try {
            return org.rectify.report.fonts.BundledFont.java2d().getFamily();
        } catch (RuntimeException e) {
            return installedCjkFamily();
        }
    }

    /** The first installed CJK family, or the logical SansSerif (which maps to one where the OS has it). */
    static String installedCjkFamily() {
        Set<String> installed = Set.of(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames());
        return CJK_FAMILIES.stream().filter(installed::contains).findFirst().orElse(Font.SANS_SERIF);
    }
}
