package org.rectify.ui.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rectify.report.fonts.BundledFont;

/** The window's font: the system's Chinese UI font where there is one, else the bundled one. */
class UiFontTest {

    @Test
    void aMachineWithoutAChineseFontGetsTheBundledOne() {
        assertEquals(BundledFont.FAMILY, UiFont.choose(List.of("DejaVu Sans", "Liberation Serif"), true));
    }

    @Test
    void theSystemsOwnChineseFontComesFirst() {
        assertEquals("Microsoft YaHei", UiFont.choose(List.of("Arial", "SimSun", "Microsoft YaHei"), true));
        assertEquals("WenQuanYi Zen Hei", UiFont.choose(List.of("DejaVu Sans", "WenQuanYi Zen Hei"), true));
    }
}
