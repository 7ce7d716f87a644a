package org.rectify.app;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.CoreConstants;
import ch.qos.logback.core.LayoutBase;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * One log line: {@code 2014-05-02 09:00:00.000 INFO  [main] o.r.s.TicketImporter - message}, then the
 * stack trace if any. Written out rather than as a logback pattern: PatternLayout registers a
 * generated class for each of its seventy converters when it first loads, at every command's start.
 */
final class LogLineLayout extends LayoutBase<ILoggingEvent> {

    /** Logger names longer than this lose package letters from the left, as logback's {@code %logger{36}}. */
    static final int LOGGER_WIDTH = 36;

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS")
            .withZone(ZoneId.systemDefault());

    @Override
    public String doLayout(ILoggingEvent event) {
        StringBuilder line = new StringBuilder(128);
        TIME.formatTo(Instant.ofEpochMilli(event.getTimeStamp()), line);
        String level = event.getLevel().toString();
        line.append(' ').append(level).append(" ".repeat(Math.max(0, 5 - level.length())));
        line.append(" [").append(event.getThreadName()).append("] ").append(shortName(event.getLoggerName()));
        line.append(" - ").append(event.getFormattedMessage()).append(CoreConstants.LINE_SEPARATOR);
        if (event.getThrowableProxy() != null) {
            line.append(ThrowableProxyUtil.asString(event.getThrowableProxy())).append(CoreConstants.LINE_SEPARATOR);
        }
        return line.toString();
    }

    /** {@code org.rectify.ui.checklist.ChecklistController} → {@code o.r.ui.checklist.ChecklistController}. */
    static String shortName(String name) {
        if (name.length() <= LOGGER_WIDTH) {
            return name;
        }
        String[] parts = name.split("\\.");
        int length = name.length();
        for (int i = 0; i < parts.length - 1 && length > LOGGER_WIDTH; i++) {
            length -= parts[i].length() - 1;
            parts[i] = parts[i].substring(0, 1);
        }
        return String.join(".", parts);
    }
}
