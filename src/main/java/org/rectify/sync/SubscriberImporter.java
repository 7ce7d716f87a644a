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
 * Loads {@code 月份,区分公司,用户数}. Reference data is all or nothing: one bad row refuses the
 * file, naming row and column, and nothing is changed.
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
        try (RowSource source = new CsvRowSource(file)) {
            int[] columns = locateColumns(name, source.headers());
            Map<String, SubscriberCount> counts = new LinkedHashMap<>();
            while (source.hasNext()) {
                SubscriberCount count = parse(name, source.next(), columns);
                counts.put(count.month() + "|" + count.district(), count);
            }
            if (counts.isEmpty()) {
                throw new FileRefusedException(name + ": no subscriber counts below the header");
            }
            return referenceData.saveSubscriberCounts(counts.values());
        }
    }

    private static int[] locateColumns(String name, List<String> headers) {
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
                    + String.join(",", HEADERS) + "; headers found: " + String.join(", ", headers));
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
        try {
            long subscribers = Long.parseLong(countText.replace(",", ""));
            if (subscribers <= 0) {
                throw refuse(name, row, HEADERS.get(2), "'" + countText + "' is not a positive count");
            }
            return new SubscriberCount(month, district, subscribers);
        } catch (NumberFormatException | NullPointerException e) {
            throw refuse(name, row, HEADERS.get(2), "'" + countText + "' is not a whole number");
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
