package org.rectify.domain;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** The one text form of a time in the store and in exports: {@code yyyy-MM-dd HH:mm:ss}. */
public final class Timestamps {

    public static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private Timestamps() {
    }

    public static String format(LocalDateTime time) {
        return time == null ? null : FORMAT.format(time);
    }

    public static LocalDateTime parse(String text) {
        return text == null ? null : LocalDateTime.parse(text, FORMAT);
    }
}
