package org.rectify.domain;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** The one text form of a time in the store and in exports: {@code yyyy-MM-dd HH:mm:ss}. */
public final class Timestamps {

    public static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private Timestamps() {
    }

    /** Formats without a DateTimeFormatter: imports format two of these per row, millions of times. */
    public static String format(LocalDateTime time) {
        if (time == null) {
            return null;
        }
        int year = time.getYear();
        if (year < 1000 || year > 9999) {
            return FORMAT.format(time);
        }
        byte[] c = new byte[19];
        put(c, 0, year, 4);
        c[4] = '-';
        put(c, 5, time.getMonthValue(), 2);
        c[7] = '-';
        put(c, 8, time.getDayOfMonth(), 2);
        c[10] = ' ';
        put(c, 11, time.getHour(), 2);
        c[13] = ':';
        put(c, 14, time.getMinute(), 2);
        c[16] = ':';
        put(c, 17, time.getSecond(), 2);
        // Latin-1 bytes become a compact string without any decoding.
        return new String(c, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    private static void put(byte[] bytes, int at, int value, int digits) {
        for (int i = at + digits - 1; i >= at; i--) {
            bytes[i] = (byte) ('0' + value % 10);
            value /= 10;
        }
    }

    public static LocalDateTime parse(String text) {
        return text == null ? null : LocalDateTime.parse(text, FORMAT);
    }
}
