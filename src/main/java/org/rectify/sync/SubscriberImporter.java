package org.rectify.sync;

import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rectify.domain.Districts;
import org.rectify.domain.SubscriberCount;
import org.rectify.store.ReferenceData;

/**
 * Loads {@code 月份,区分公司,用户数} (CSV in any of the encodings and delimiters exports use).
 * Reference data is all or nothing: one bad row refuses the file, naming row and column, and
 * nothing is changed.
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
        if (facts.kind() != FileFacts.FileKind.TEXT) {
            throw new FileRefusedException(name + ": subscriber counts are read from CSV; save the sheet as CSV");
        }
        Map<String, SubscriberCount> counts = new LinkedHashMap<>();
        new CsvSource(file, facts).read(new RowSink() {
            private int[] columns;

            @Override
            public void sheetStarted(String sheet) {
            }

            @Override
            public void row(String sheet, long rowNumber, List<String> cells) {
                SourceRow row = new SourceRow(null, rowNumber, cells);
                if (row.blank()) {
                    return;
                }
                if (columns == null) {
                    columns = locateColumns(name, cells);
                    return;
                }
                SubscriberCount count = parse(name, row, columns);
                counts.put(count.month() + "|" + count.district(), count);
            }

            @Override
            public void sheetEnded(String sheet) {
            }
        });
        if (counts.isEmpty()) {
            throw new FileRefusedException(name + ": no subscriber counts below the header");
        }
        return referenceData.saveSubscriberCounts(counts.values());
    }

    private static int[] locateColumns(String name, List<String> cells) {
        List<String> headers = cells.stream().map(HeaderNames::normalize).toList();
        int[] columns = new int[HEADERS.size()];
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < HEADERS.size(); i++) {
            columns[i] = headers.indexOf(HEADERS.get(i));
            if (columns[i] < 0) {
                missing.add(HEADERS.get(i));
            }
        }
        if (!missing.isEmpty()) {
            throw new FileRefusedException(name + ": column " + String.join(", ", missing) + " not found. Expected "
                    + String.join(",", HEADERS) + "; headers found: " + String.join(", ", cells));
        }
        return columns;
    }

    private static SubscriberCount parse(String name, SourceRow row, int[] columns) {
        String monthText = strip(row.cell(columns[0]));
        String district = Districts.normalize(strip(row.cell(columns[1])));
        String countText = strip(row.cell(columns[2]));
        YearMonth month;
        try {
            month = YearMonth.parse(monthText.replace('/', '-'));
        } catch (DateTimeParseException | NullPointerException e) {
            throw refuse(name, row, HEADERS.get(0), "'" + monthText + "' is not a month like 2014-05");
        }
        if (district == null || district.isEmpty()) {
            throw refuse(name, row, HEADERS.get(1), "district is empty");
        }
        long subscribers;
        try {
            subscribers = Long.parseLong(countText.replace(",", ""));
        } catch (NumberFormatException | NullPointerException e) {
            throw refuse(name, row, HEADERS.get(2), "'" + countText + "' is not a whole number");
        }
        if (subscribers <= 0) {
            throw refuse(name, row, HEADERS.get(2), "'" + countText + "' is not a positive count");
        }
        return new SubscriberCount(month, district, subscribers);
    }

    private static FileRefusedException refuse(String name, SourceRow row, String column, String reason) {
        return new FileRefusedException(name + ", row " + row.rowNumber() + ", column " + column + ": " + reason
                + ". Nothing was loaded from this file.");
    }

    private static String strip(String s) {
        return s == null ? null : s.strip();
    }
}
