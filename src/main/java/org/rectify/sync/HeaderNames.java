package org.rectify.sync;

import java.util.Locale;

/** Header texts compared as users mean them: case, surrounding and repeated spaces, and BOMs do not count. */
final class HeaderNames {

    private HeaderNames() {
    }

    static String normalize(String header) {
        if (header == null) {
            return "";
        }
        String s = header.replace("\uFEFF", "").replace('\u3000', ' ').strip();
        return s.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
