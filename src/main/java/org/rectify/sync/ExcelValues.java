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
