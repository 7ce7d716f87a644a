package org.rectify.sync;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rectify.domain.Districts;
import org.rectify.domain.SubscriberCount;
import org.rectify.store.ReferenceData;

/**
 * Loads {@code 月份,区分公司,用户数}: a CSV in any of the encodings and delimiters exports use, or a
 * workbook (the first sheet with the three headers among its first rows; title lines above are
 * skipped). Months may be written 2014-05, 2014/5, 2014.5, 2014年5月, 201405 or as a day of the month
 * (an Excel date cell); counts with thousands separators (1,200,000) or in 万 (120万, 12.5万) when that
 * makes a whole number. Reference data is all or nothing: one bad row refuses the file, naming row and
 * column, and nothing is changed.
 */
public final class SubscriberImporter {

    public static final List<String> HEADERS = List.of("月份", "区分公司", "用户数");

    private final ReferenceData referenceData;

    public SubscriberImporter(ReferenceData referenceData) {
        this.referenceData = referenceData;
    }

    /** Returns the number of (month, district) counts loaded. */
    public int importFile(Path file) {
        String name = file.getFileName().toString();
        FileFacts facts = FileFacts.of(file);
        Map<String, SubscriberCount> counts = new LinkedHashMap<>();
        List<String> firstRow = new ArrayList<>();
        boolean[] headerFound = new boolean[1];
        TableSource.open(file, facts).read(new RowSink() {
            private int[] columns;
            private boolean done;
            private int rowsLookedAt;

            @Override
            public void sheetStarted(String sheet) {
                rowsLookedAt = 0;
            }

            @Override
            public void row(String sheet, long rowNumber, List<String> cells) {
                SourceRow row = new SourceRow(sheet, rowNumber, cells);
                if (done || row.blank()) {
                    return;
                }
                if (columns == null) {
                    if (firstRow.isEmpty()) {
                        firstRow.addAll(cells);
                    }
                    rowsLookedAt++;
                    columns = headerColumns(cells);
                    headerFound[0] = columns != null;
                    return;
                }
                SubscriberCount count = parse(name, row, columns);
                counts.put(count.month() + "|" + count.district(), count);
            }

            @Override
            public void sheetEnded(String sheet) {
                done = columns != null;
            }

            @Override
            public boolean sheetSeenEnough() {
                return columns == null && rowsLookedAt >= HeaderLocator.SEARCH_ROWS;
            }
        });
        if (!headerFound[0]) {
            throw new FileRefusedException(name + ": no header row " + String.join(",", HEADERS) + " in the first "
                    + HeaderLocator.SEARCH_ROWS + " rows; the first row has: " + String.join(", ", firstRow));
        }
        if (counts.isEmpty()) {
            throw new FileRefusedException(name + ": no subscriber counts below the header");
        }
        return referenceData.saveSubscriberCounts(counts.values());
    }

    /** The three columns' places when {@code cells} is the header row, else null. */
    private static int[] headerColumns(List<String> cells) {
        List<String> headers = cells.stream().map(HeaderNames::normalize).toList();
        int[] columns = new int[HEADERS.size()];
        for (int i = 0; i < HEADERS.size(); i++) {
            columns[i] = headers.indexOf(HEADERS.get(i));
            if (columns[i] < 0) {
                return null;
            }
        }
        return columns;
    }

    private static SubscriberCount parse(String name, SourceRow row, int[] columns) {
        String monthText = strip(row.cell(columns[0]));
        String district = Districts.normalize(strip(row.cell(columns[1])));
        String countText = strip(row.cell(columns[2]));
        YearMonth month = month(monthText);
        if (month == null) {
            throw refuse(name, row, HEADERS.get(0), "'" + monthText + "' is not a month like 2014-05");
        }
        if (district == null || district.isEmpty()) {
            throw refuse(name, row, HEADERS.get(1), "district is empty");
        }
        Long subscribers = count(countText);
        if (subscribers == null) {
            throw refuse(name, row, HEADERS.get(2), "'" + countText + "' is not a whole number");
        }
        if (subscribers <= 0) {
            throw refuse(name, row, HEADERS.get(2), "'" + countText + "' is not a positive count");
        }
        return new SubscriberCount(month, district, subscribers);
    }

    private static final java.util.regex.Pattern MONTH = java.util.regex.Pattern.compile(
            "(\\d{4})\\s*(?:[-/.年]\\s*(\\d{1,2})\\s*月?|(\\d{2}))");

    /**
     * 2014-05, 2014-5, 2014/5, 2014.5, 2014年5月 or 201405; a date (2014-05-01, 2014/5/31, an Excel date
     * cell) is its month. Null for anything else: the year always comes first.
     */
    static YearMonth month(String text) {
        if (text == null) {
            return null;
        }
        java.time.LocalDateTime day = DateTimes.parse(text);
        if (day != null) {
            return YearMonth.from(day);
        }
        java.util.regex.Matcher m = MONTH.matcher(text.strip());
        if (!m.matches()) {
            return null;
        }
        int month = Integer.parseInt(m.group(2) != null ? m.group(2) : m.group(3));
        return month >= 1 && month <= 12 ? YearMonth.of(Integer.parseInt(m.group(1)), month) : null;
    }

    /** 1200000, 1,200,000, 1200000.0, 120万 or 12.5万 as a whole number; null when it is none (12.5, lots). */
    static Long count(String text) {
        if (text == null) {
            return null;
        }
        String digits = text.replace(",", "").replace("，", "").strip();
        boolean tenThousands = digits.endsWith("万");
        if (tenThousands) {
            digits = digits.substring(0, digits.length() - 1).strip();
        }
        try {
            java.math.BigDecimal value = new java.math.BigDecimal(digits);
            if (tenThousands) {
                value = value.multiply(java.math.BigDecimal.valueOf(10_000));
            }
            return value.stripTrailingZeros().scale() <= 0 ? value.longValueExact() : null;
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
    }

    private static FileRefusedException refuse(String name, SourceRow row, String column, String reason) {
        return new FileRefusedException(name + ", row " + row.rowNumber() + ", column " + column + ": " + reason
                + ". Nothing was loaded from this file.");
    }

    private static String strip(String s) {
        return s == null ? null : s.strip();
    }
}
