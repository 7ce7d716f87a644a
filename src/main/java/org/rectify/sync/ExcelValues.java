package org.rectify.sync;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.rectify.domain.Timestamps;

/**
 * Turns Excel cell values into the texts the mapper reads: date-formatted numbers as
 * {@code yyyy-MM-dd HH:mm:ss}, other numbers plainly (13812345678, not 1.38E10, and no grouping).
 */
final class ExcelValues extends DataFormatter {

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
        if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
            return Timestamps.format(DateUtil.getLocalDateTime(value, use1904Windowing, true));
        }
        return plain(value);
    }

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString) {
        return formatRawCellContents(value, formatIndex, formatString, false);
    }

    static String plain(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.toString(value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** An Excel serial date-time (days since 1899-12-30) written as a number, or null when out of range. */
    static LocalDateTime fromSerial(String text) {
        try {
            double serial = Double.parseDouble(text);
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
