package org.rectify.domain;

import java.util.List;
import java.util.Objects;

/**
 * A row that failed validation, kept with where it came from and why (DESIGN 3.2).
 * {@code column} is null when the reason concerns the whole row; {@code sheet} is null for CSV.
 */
public record RejectedRow(String fileName, String sheet, long rowNumber, String column, String reason,
                          List<String> rawValues) {

    public RejectedRow {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(reason, "reason");
        rawValues = List.copyOf(rawValues);
    }
}
