package org.rectify.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.prefs.Preferences;
import javafx.geometry.Dimension2D;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The window's remembered size against the screen it opens on. */
class WindowPrefsTest {

    private static final String NODE = "org/rectify/window-prefs-test";
    private static final Dimension2D DEFAULT = new Dimension2D(1280, 800);

    @AfterEach
    void forget() throws Exception {
        Preferences.userRoot().node(NODE).removeNode();
    }

    @Test
    void aWindowSavedOnAWideMonitorOpensWithinALaptopsScreen() {
        WindowPrefs prefs = new WindowPrefs(NODE);
        prefs.saveWindow(1920, 1080, false);
        Dimension2D size = prefs.size(DEFAULT, new Rectangle2D(0, 0, 1366, 728));
        assertEquals(1366, size.getWidth());
        assertEquals(728, size.getHeight());
    }

    @Test
    void aSizeThatFitsIsKeptAndTheDefaultServesTheFirstStart() {
        WindowPrefs prefs = new WindowPrefs(NODE);
        Rectangle2D wide = new Rectangle2D(0, 0, 1920, 1040);
        assertEquals(DEFAULT, prefs.size(DEFAULT, wide));
        prefs.saveWindow(1500, 900, false);
        assertEquals(new Dimension2D(1500, 900), prefs.size(DEFAULT, wide));
        // the remembered size and the default alike are cut to a screen smaller than they are
        assertEquals(new Dimension2D(1024, 740), prefs.size(DEFAULT, new Rectangle2D(0, 0, 1024, 740)));
    }
}
