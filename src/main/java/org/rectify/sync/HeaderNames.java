package org.rectify.sync;

import java.util.Locale;

/**
 * Header texts compared as users mean them. What does not count: case, BOMs, white space anywhere
 * (a header wrapped onto two lines in Excel, "受理\n时间", or spaced out, "受 理 时 间"), full-width
 * letters and digits ("工单ＩＤ"), and a trailing mark of a required column ("工单号*", "工单号＊").
 */
final class HeaderNames {

    private HeaderNames() {
    }

    static String normalize(String header) {
        if (header == null) {
            return "";
        }
        StringBuilder s = new StringBuilder(header.length());
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') {
                c = (char) (c - 0xFEE0);
            }
            if (c != '\uFEFF' && !Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                s.append(c);
            }
        }
        while (s.length() > 1 && s.charAt(s.length() - 1) == '*') {
            s.setLength(s.length() - 1);
        }
        return s.toString().toLowerCase(Locale.ROOT);
    }
}
