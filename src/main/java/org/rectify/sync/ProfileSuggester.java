package org.rectify.sync;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A starting profile for an unknown export: the header row found, each header's guessed field
 * (from the built-in profiles' synonyms, exactly or as part of the header) and sample values.
 */
public final class ProfileSuggester {

    private static final int SAMPLE_ROWS = 20;

    /** One header with the field guessed for it (null when none) and a few values from below it. */
    public record HeaderGuess(String header, CanonicalField field, List<String> samples) {
    }

    /** The suggestion: the profile to edit, what each header looks like, and required fields still unmapped. */
    public record Suggestion(ImportProfile profile, long headerRow, String sheet, List<HeaderGuess> headers,
                             List<String> missing) {
    }

    private ProfileSuggester() {
    }

    public static Suggestion suggest(Path file) {
        List<SourceRow> rows = firstRows(file);
        if (rows.isEmpty()) {
            throw new FileRefusedException(file.getFileName() + ": no rows to look at");
        }
        int headerIndex = headerIndex(rows);
        SourceRow header = rows.get(headerIndex);
        List<SourceRow> below = rows.subList(headerIndex + 1, rows.size());
        Map<CanonicalField, List<String>> columns = new EnumMap<>(CanonicalField.class);
        List<HeaderGuess> guesses = new ArrayList<>();
        for (int i = 0; i < header.cells().size(); i++) {
            String name = header.cells().get(i) == null ? "" : header.cells().get(i).strip();
            if (name.isEmpty()) {
                continue;
            }
            CanonicalField field = guess(name, columns);
            if (field != null) {
                columns.put(field, List.of(name));
            }
            guesses.add(new HeaderGuess(name, field, samples(below, i)));
        }
        List<String> missing = new ArrayList<>();
        for (CanonicalField f : CanonicalField.values()) {
            if (f.required() && !columns.containsKey(f)) {
                missing.add(f.key());
            }
        }
        String stem = file.getFileName().toString().replaceFirst("\\.[^.]+$", "");
        ImportProfile profile = new ImportProfile(stem + "-profile", "Suggested for " + file.getFileName() + "; check and edit",
                (int) header.rowNumber(), List.of(), columns, Map.of(), List.of(), Map.of(), Map.of(), Map.of(), null, null, List.of());
        return new Suggestion(profile, header.rowNumber(), header.sheet(), guesses, missing);
    }

    private static List<SourceRow> firstRows(Path file) {
        List<SourceRow> rows = new ArrayList<>();
        TableSource.open(file, FileFacts.of(file)).read(new RowSink() {
            private String firstSheet;

            @Override
            public void sheetStarted(String sheet) {
                if (firstSheet == null) {
                    firstSheet = sheet == null ? "" : sheet;
                }
            }

            @Override
            public void row(String sheet, long rowNumber, List<String> cells) {
                SourceRow row = new SourceRow(sheet, rowNumber, cells);
                if (!row.blank()) {
                    rows.add(row);
                }
            }

            @Override
            public void sheetEnded(String sheet) {
            }

            @Override
            public boolean stopRequested() {
                return rows.size() >= HeaderLocator.SEARCH_ROWS + SAMPLE_ROWS;
            }
        });
        return rows;
    }

    /** The row a built-in profile recognises, else the first row with the most filled cells. */
    private static int headerIndex(List<SourceRow> rows) {
        List<SourceRow> searched = rows.subList(0, Math.min(rows.size(), HeaderLocator.SEARCH_ROWS));
        HeaderLocator.Found found = new HeaderLocator(BuiltInProfiles.all()).locate(searched);
        if (found != null) {
            return found.index();
        }
        int best = 0;
        for (int i = 0; i < searched.size(); i++) {
            if (filled(searched.get(i)) > filled(searched.get(best))) {
                best = i;
            }
        }
        return best;
    }

    private static long filled(SourceRow row) {
        return row.cells().stream().filter(c -> c != null && !c.isBlank()).count();
    }

    private static CanonicalField guess(String header, Map<CanonicalField, List<String>> taken) {
        String h = HeaderNames.normalize(header);
        Map<CanonicalField, Boolean> partial = new LinkedHashMap<>();
        for (ImportProfile profile : BuiltInProfiles.all()) {
            for (Map.Entry<CanonicalField, List<String>> e : profile.columns().entrySet()) {
                if (taken.containsKey(e.getKey())) {
                    continue;
                }
                for (String synonym : e.getValue()) {
                    String s = HeaderNames.normalize(synonym);
                    if (s.equals(h)) {
                        return e.getKey();
                    }
                    if (s.length() >= 2 && (h.contains(s) || s.contains(h) && h.length() >= 2)) {
                        partial.putIfAbsent(e.getKey(), true);
                    }
                }
            }
        }
        return partial.isEmpty() ? null : partial.keySet().iterator().next();
    }

    private static List<String> samples(List<SourceRow> rows, int column) {
        List<String> values = new ArrayList<>();
        for (SourceRow row : rows) {
            String cell = row.cell(column);
            if (cell != null && !cell.isBlank() && !values.contains(cell.strip())) {
                values.add(cell.strip().length() > 60 ? cell.strip().substring(0, 60) + "…" : cell.strip());
            }
            if (values.size() == 3) {
                break;
            }
        }
        return values;
    }
}
