package org.rectify.ui.shell;

import java.util.prefs.BackingStoreException;
import javafx.geometry.Dimension2D;
import javafx.geometry.Rectangle2D;
import java.util.prefs.Preferences;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Window size, last screen, theme and grain, remembered between starts (java.util.prefs, per user). */
public final class WindowPrefs {

    private static final Logger LOG = LoggerFactory.getLogger(WindowPrefs.class);

    private final Preferences node;

    /** {@code nodeName} lets tests keep their own preferences apart from the user's. */
    public WindowPrefs(String nodeName) {
        this.node = Preferences.userRoot().node(nodeName);
    }

    private double width(double fallback) {
        return node.getDouble("width", fallback);
    }

    private double height(double fallback) {
        return node.getDouble("height", fallback);
    }

    /**
     * The remembered window size, but never larger than {@code screen} (the visual bounds of the screen it
     * opens on now): a window saved on a wide monitor reopens on a laptop with its title bar and edges on it.
     */
    public Dimension2D size(Dimension2D fallback, Rectangle2D screen) {
        return new Dimension2D(Math.min(width(fallback.getWidth()), screen.getWidth()),
                Math.min(height(fallback.getHeight()), screen.getHeight()));
    }

    public boolean maximized() {
        return node.getBoolean("maximized", false);
    }

    public String screen(String fallback) {
        return node.get("screen", fallback);
    }

    public String theme(String fallback) {
        return node.get("theme", fallback);
    }

    public String grain(String fallback) {
        return node.get("grain", fallback);
    }

    public void saveWindow(double width, double height, boolean maximized) {
        node.putDouble("width", width);
        node.putDouble("height", height);
        node.putBoolean("maximized", maximized);
    }

    public void saveScreen(String id) {
        node.put("screen", id);
    }

    public void saveTheme(String key) {
        node.put("theme", key);
    }

    /** "zh" or "en" as last chosen in the settings, or {@code fallback}. */
    public String language(String fallback) {
        return node.get("language", fallback);
    }

    public void saveLanguage(String tag) {
        node.put("language", tag);
    }

    public void saveGrain(String key) {
        node.put("grain", key);
    }

    public void flush() {
        try {
            node.flush();
        } catch (BackingStoreException e) {
            LOG.warn("Cannot save window preferences", e);
        }
    }
}
