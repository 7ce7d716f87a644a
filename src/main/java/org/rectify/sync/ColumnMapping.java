package org.rectify.sync;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Which column of a file holds which canonical field, found from the header row. */
public final class ColumnMapping {

    private final Map<CanonicalField, Integer> columns;
    private final List<String> headers;

    private ColumnMapping(Map<CanonicalField, Integer> columns, List<String> headers) {
        this.columns = columns;
        this.headers = headers;
    }

    /**
     * Maps the standard layout's headers (DESIGN 3.4). Refuses the file, naming the missing
     * required fields and the headers found, when a required one is absent.
     */
    public static ColumnMapping standardLayout(String fileName, List<String> headers) {
        Map<CanonicalField, Integer> columns = new EnumMap<>(CanonicalField.class);
        for (CanonicalField field : CanonicalField.values()) {
            int index = headers.indexOf(field.standardHeader());
            if (index >= 0) {
                columns.put(field, index);
            }
        }
        List<String> missing = new ArrayList<>();
        for (CanonicalField field : CanonicalField.values()) {
            if (field.required() && !columns.containsKey(field)) {
                missing.add(field.standardHeader() + " (" + field.key() + ")");
            }
        }
        if (!missing.isEmpty()) {
            throw new FileRefusedException(fileName + ": required column" + (missing.size() > 1 ? "s " : " ")
                    + String.join(", ", missing) + " not found. Headers found: "
                    + (headers.isEmpty() ? "(none)" : String.join(", ", headers)));
        }
        return new ColumnMapping(columns, List.copyOf(headers));
    }

    public Optional<Integer> column(CanonicalField field) {
        return Optional.ofNullable(columns.get(field));
    }

    /** The header of the column that holds the field, for messages. */
    public String header(CanonicalField field) {
        Integer index = columns.get(field);
        return index == null ? field.key() : headers.get(index);
    }

    /** The cell of the field in the row, stripped, or null when absent or blank. */
    public String value(SourceRow row, CanonicalField field) {
        Integer index = columns.get(field);
        if (index == null) {
            return null;
        }
        String cell = row.cell(index);
        if (cell == null) {
            return null;
        }
        String stripped = cell.strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
