package org.rectify.sync;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the header row among the first rows of a sheet (junk lines above it are common) and the
 * profile that maps it best. A profile that names its header row is taken at its word.
 */
final class HeaderLocator {

    /** How many rows are looked at for a header. */
    static final int SEARCH_ROWS = 30;

    /** The chosen header: its position in the buffered rows and the mapping it gives. */
    record Found(int index, ColumnMapping mapping) {
    }

    private final List<ImportProfile> candidates;

    HeaderLocator(List<ImportProfile> candidates) {
        this.candidates = candidates;
    }

    /** The best usable header among {@code rows}, or null; ties go to the earlier row, then the earlier profile. */
    Found locate(List<SourceRow> rows) {
        Found best = null;
        for (ImportProfile profile : candidates) {
            for (int i = 0; i < rows.size(); i++) {
                if (profile.headerRow() != null && rows.get(i).rowNumber() != profile.headerRow()) {
                    continue;
                }
                ColumnMapping mapping = ColumnMapping.resolve(profile, rows.get(i).cells());
                if (mapping.usable() && (best == null || mapping.score() > best.mapping().score())) {
                    best = new Found(i, mapping);
                }
            }
        }
        return best;
    }

    /** Why no header was found: the closest attempt's missing fields and the cells of the rows looked at. */
    String explainFailure(String fileName, String sheet, List<SourceRow> rows) {
        ColumnMapping closest = null;
        SourceRow closestRow = null;
        for (ImportProfile profile : candidates) {
            for (SourceRow row : rows) {
                ColumnMapping mapping = ColumnMapping.resolve(profile, row.cells());
                if (closest == null || mapping.score() > closest.score()) {
                    closest = mapping;
                    closestRow = row;
                }
            }
        }
        StringBuilder message = new StringBuilder();
        if (closest == null || closest.score() == 0) {
            message.append(". None of the rows names a ticket field that a profile knows");
            List<String> firstCells = new ArrayList<>();
            if (!rows.isEmpty()) {
                rows.get(0).cells().stream().limit(12).forEach(firstCells::add);
            }
            message.append("; the first row holds: ").append(firstCells.isEmpty() ? "(nothing)" : String.join(", ", firstCells));
        } else {
            message.append(". Closest: row ").append(closestRow.rowNumber()).append(" with profile ")
                    .append(closest.profile().name()).append(", missing ").append(String.join("; ", closest.missing()))
                    .append(". Headers found: ").append(String.join(", ", closest.headers().stream()
                            .filter(h -> !h.isEmpty()).toList()));
        }
        message.append(". Nothing was imported; choose or write a profile (see 'profile suggest').");
        return org.rectify.domain.ImportNote.NO_HEADER.text(fileName + (sheet == null ? "" : ", sheet " + sheet), SEARCH_ROWS,
                message);
    }
}
