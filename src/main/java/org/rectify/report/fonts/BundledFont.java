package org.rectify.report.fonts;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The Simplified Chinese font that ships inside the application (WenQuanYi Micro Hei, Apache 2.0,
 * with Latin letters and digits, subset to GB 2312 and the characters the app uses), so that
 * Chinese renders on any machine:
 * registered with Java2D once, opened again for JavaFX and for PDF embedding.
 */
public final class BundledFont {

    /** The family name Java2D, JavaFX and CSS know it by. */
    public static final String FAMILY = "WenQuanYi Micro Hei";
    private static final String RESOURCE = "/org/rectify/fonts/WenQuanYiMicroHei-GB2312.ttf";
    private static Font registered;

    private BundledFont() {
    }

    /** The font file's bytes, for JavaFX's loader and PDF embedding; the caller closes the stream. */
    public static InputStream open() {
        InputStream in = BundledFont.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("the bundled font " + RESOURCE + " is missing from the application");
        }
        return in;
    }

    /** Registers the font with Java2D (once) and returns it at size 1; charts then find it by {@link #FAMILY}. */
    public static synchronized Font java2d() {
        if (registered == null) {
            try (InputStream in = open()) {
                Font font = Font.createFont(Font.TRUETYPE_FONT, in);
                GraphicsEnvironment.getLocalGraphicsEnvironment().registerFont(font);
                registered = font;
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the bundled font: " + e.getMessage(), e);
            } catch (FontFormatException e) {
                throw new IllegalStateException("The bundled font is damaged: " + e.getMessage(), e);
            }
        }
        return registered;
    }
}
