package org.rectify.sync;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.apache.poi.ss.usermodel.DateUtil;

/** Excel numbers as the texts the mapper reads: plainly (13812345678, not 1.38E10), or serial dates as times. */
final class ExcelValues {

    private ExcelValues() {
    }

    static String plain(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.toString(value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /**
     * A date-formatted cell as Excel shows it, so that a date column and a time column can be joined: a
     * time of day alone ({@code 09:00:00}, the value below 1) without the day 0 Excel counts it from, a
     * whole day in a format without hours or seconds as a date ({@code 2014-05-03}), anything else as a
     * date and time. A date format that hides the time of a value that has one gets the time: it is data.
     */
    static String dateCell(double value, boolean date1904, String format) {
        LocalDateTime time = org.apache.poi.ss.usermodel.DateUtil.getLocalDateTime(value, date1904, true);
        String text = org.rectify.domain.Timestamps.format(time);
        if (value >= 0 && value < 1) {
            return text.substring(11);
        }
        return value == Math.floor(value) && !showsTime(format) ? text.substring(0, 10) : text;
    }

    /** Whether a number format shows hours or seconds (outside its quoted literals). */
    static boolean showsTime(String format) {
        if (format == null) {
            return true;
        }
        boolean quoted = false;
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == 'h' || c == 'H' || c == 's' || c == 'S')) {
                return true;
            }
        }
        return false;
    }

    /** Days between Excel's two date systems' day 0 (1899-12-30 and 1904-01-01). */
    private static final int DAYS_1900_TO_1904 = 1_462;

    /**
     * An Excel serial date-time written as a number — days since 1899-12-30, or since 1904-01-01 in a
     * workbook of the 1904 system — or null when out of range.
     */
    static LocalDateTime fromSerial(String text, boolean from1904) {
        try {
            double serial = Double.parseDouble(text) + (from1904 ? DAYS_1900_TO_1904 : 0);
            // 1982-01-01 .. 2173-10-14: wide enough for tickets, narrow enough not to read ids or counts as dates.
            if (serial < 29_952 || serial > 100_000) {
                return null;
            }
            return DateUtil.getLocalDateTime(serial, false, true);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
