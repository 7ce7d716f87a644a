package org.rectify.ui.theme;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import javafx.scene.text.Font;
import org.rectify.report.fonts.BundledFont;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The window's font. Where the system has a Chinese font (Microsoft YaHei, PingFang SC, Noto Sans
 * CJK SC, WenQuanYi …), JavaFX's own system font stays — it falls back to that font for Chinese
 * and keeps its bold faces for Latin and digits. Only where it has none does the window use the
 * font bundled with the app, so that Chinese never renders as boxes.
 */
public final class UiFont {

    private static final Logger LOG = LoggerFactory.getLogger(UiFont.class);
    static final List<String> SYSTEM_FAMILIES = List.of("Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC",
            "Noto Sans CJK JP", "Source Han Sans SC", "WenQuanYi Zen Hei", "WenQuanYi Micro Hei", "SimHei", "SimSun");
    private static Optional<String> override;

    private UiFont() {
    }

    /** The family the window is set to, or empty when the system font serves (it has Chinese of its own). */
    public static synchronized Optional<String> familyOverride() {
        if (override == null) {
            List<String> installed = Font.getFamilies();
            override = choose(installed, !hasChinese(installed) && loadBundled());
        }
        return override;
    }

    static Optional<String> choose(List<String> installed, boolean bundledLoaded) {
        return hasChinese(installed) || !bundledLoaded ? Optional.empty() : Optional.of(BundledFont.FAMILY);
    }

    private static boolean hasChinese(List<String> installed) {
        return SYSTEM_FAMILIES.stream().anyMatch(installed::contains);
    }

    /**
     * A stylesheet that sets the bundled family on a scene's root, or empty when none is needed:
     * added to the window's scene (whose popups and menus share its stylesheets) and to every dialog.
     */
    public static Optional<String> stylesheet() {
        return familyOverride().map(family -> "data:text/css;base64," + java.util.Base64.getEncoder().encodeToString(
                (".root { -fx-font-family: \"" + family + "\"; }").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    private static boolean loadBundled() {
        try (InputStream in = BundledFont.open()) {
            Font loaded = Font.loadFont(in, 13);
            return loaded != null && BundledFont.FAMILY.equals(loaded.getFamily());
        } catch (IOException | RuntimeException e) {
            LOG.warn("The bundled font could not be loaded: {}", e.getMessage());
            return false;
        }
    }
}
