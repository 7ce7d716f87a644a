package org.rectify.ui.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rectify.report.fonts.BundledFont;

/** The window's font: the system's Chinese UI font where there is one, else the bundled one. */
class UiFontTest {

    @Test
    void aMachineWithoutAChineseFontGetsTheBundledOne() {
        assertEquals(java.util.Optional.of(BundledFont.FAMILY), UiFont.choose(List.of("DejaVu Sans", "Liberation Serif"), true));
    }

    @Test
    void aSystemWithChineseKeepsItsOwnFont() {
        assertEquals(java.util.Optional.empty(), UiFont.choose(List.of("Arial", "Microsoft YaHei"), true));
        assertEquals(java.util.Optional.empty(), UiFont.choose(List.of("DejaVu Sans", "WenQuanYi Zen Hei"), true));
    }
}
