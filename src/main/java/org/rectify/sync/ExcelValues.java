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
