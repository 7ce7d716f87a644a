package org.rectify.ui.theme;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import javafx.scene.text.Font;
import org.rectify.report.fonts.BundledFont;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chooses the window's font: the system's own Chinese UI font where there is one (Microsoft YaHei,
 * PingFang SC, Noto Sans CJK SC, WenQuanYi), else the font bundled with the app, so that Chinese
 * never renders as boxes. JavaFX takes one family name, not a CSS fallback list: the choice is
 * made here, once, from the families installed.
 */
public final class UiFont {

    private static final Logger LOG = LoggerFactory.getLogger(UiFont.class);
    static final List<String> SYSTEM_FAMILIES = List.of("Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC",
            "Source Han Sans SC", "WenQuanYi Zen Hei", "WenQuanYi Micro Hei");
    private static String family;

    private UiFont() {
    }

    /** The family the window uses; loads the bundled font into JavaFX the first time. */
    public static synchronized String family() {
        if (family == null) {
            family = choose(Font.getFamilies(), loadBundled());
        }
        return family;
    }

    static String choose(List<String> installed, boolean bundledLoaded) {
        return SYSTEM_FAMILIES.stream().filter(installed::contains).findFirst()
                .orElse(bundledLoaded ? BundledFont.FAMILY : Font.getDefault().getFamily());
    }

    /**
     * A stylesheet that sets the family on a scene's root: added to the window's scene (whose
     * popups, tooltips and menus share its stylesheets) and to every dialog's pane.
     */
    public static String stylesheet() {
        String css = ".root { -fx-font-family: \"" + family() + "\"; }";
        return "data:text/css;base64," + java.util.Base64.getEncoder().encodeToString(
                css.getBytes(java.nio.charset.StandardCharsets.UTF_8));
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
