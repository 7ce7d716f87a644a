package org.rectify.ui.theme;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.rectify.report.charts.ChartStyle;

/**
 * The looks of the app: an AtlantaFX base, the app's own variables on top, and the matching
 * chart style. The projector theme is black on white with large type and thick lines.
 */
public enum Theme {
    LIGHT("light", new PrimerLight().getUserAgentStylesheet(), null),
    DARK("dark", new PrimerDark().getUserAgentStylesheet(), null),
    PROJECTOR("projector", new PrimerLight().getUserAgentStylesheet(), "css/projector.css");

    private final String key;
    private final String baseStylesheet;
    private final String extraStylesheet;

    Theme(String key, String baseStylesheet, String extraStylesheet) {
        this.key = key;
        this.baseStylesheet = baseStylesheet;
        this.extraStylesheet = extraStylesheet;
    }

    public String key() {
        return key;
    }

    String baseStylesheet() {
        return baseStylesheet;
    }

    /** A stylesheet resource (next to the app's own) laid over the base, or null. */
    String extraStylesheet() {
        return extraStylesheet;
    }

    public ChartStyle chartStyle() {
        return switch (this) {
            case LIGHT -> ChartStyle.light();
            case DARK -> ChartStyle.dark();
            case PROJECTOR -> ChartStyle.projector();
        };
    }

    public static Optional<Theme> byKey(String key) {
        return Arrays.stream(values()).filter(t -> t.key.equals(key == null ? "" : key.toLowerCase(Locale.ROOT))).findFirst();
    }
}
