package org.rectify.sync;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A profile being made for one file, field by field, as the mapping wizard shows it: each field
 * comes from one of the file's columns, a constant, the sheet's name, a hash of columns (the id of
 * an export without ticket numbers), columns joined (date + time), or nowhere. Turned into an
 * {@link ImportProfile} at every change, to be tried on the file's first rows and saved.
 */
public final class ProfileDraft {

    /** Where a field's value comes from. */
    public enum SourceKind { NONE, COLUMN, CONSTANT, SHEET_NAME, HASH, JOIN }

    /** A field's source: a kind and, for COLUMN, HASH and JOIN, the file's headers it reads. */
    public record Source(SourceKind kind, List<String> columns) {
        public static final Source NONE = new Source(SourceKind.NONE, List.of());
        public static final Source CONSTANT = new Source(SourceKind.CONSTANT, List.of());
        public static final Source SHEET_NAME = new Source(SourceKind.SHEET_NAME, List.of());

        public Source {
            Objects.requireNonNull(kind, "kind");
            columns = List.copyOf(columns);
        }

        public static Source column(String header) {
            return new Source(SourceKind.COLUMN, List.of(header));
        }

        /** The one column read, or null. */
        public String column() {
            return kind == SourceKind.COLUMN ? columns.get(0) : null;
        }
    }

    public String name = "";
    public String description;
    public Integer headerRow;
    public List<String> sheets = new ArrayList<>();
    public final Map<CanonicalField, Source> sources = new EnumMap<>(CanonicalField.class);
    /** The constant of a CONSTANT field, or the default for blank cells of a column. */
    public final Map<CanonicalField, String> texts = new EnumMap<>(CanonicalField.class);
    public final Map<CanonicalField, Map<String, String>> values = new EnumMap<>(CanonicalField.class);
    public List<String> dateFormats = new ArrayList<>();
    public String filterColumn;
    public List<String> filterKeep = new ArrayList<>();
    public String encoding;
    public Character delimiter;

    public Source source(CanonicalField field) {
        return sources.getOrDefault(field, Source.NONE);
    }

    /** The profile the draft stands for; the name may still be blank (a profile to try, not to save). */
    public ImportProfile toProfile() {
        Map<CanonicalField, List<String>> columns = new EnumMap<>(CanonicalField.class);
        Map<CanonicalField, List<String>> joins = new EnumMap<>(CanonicalField.class);
        Map<CanonicalField, String> constants = new EnumMap<>(CanonicalField.class);
        Map<CanonicalField, String> defaults = new EnumMap<>(CanonicalField.class);
        CanonicalField sheetName = null;
        List<String> idFrom = List.of();
        for (Map.Entry<CanonicalField, Source> e : sources.entrySet()) {
            CanonicalField field = e.getKey();
            String text = blankToNull(texts.get(field));
            switch (e.getValue().kind()) {
                case COLUMN -> {
                    columns.put(field, e.getValue().columns());
                    if (text != null) {
                        defaults.put(field, text);
                    }
                }
                case JOIN -> joins.put(field, e.getValue().columns());
                case CONSTANT -> {
                    if (text != null) {
                        constants.put(field, text);
                    }
                }
                case SHEET_NAME -> sheetName = field;
                case HASH -> idFrom = e.getValue().columns();
                case NONE -> { }
            }
        }
        Map<CanonicalField, Map<String, String>> valueMaps = new EnumMap<>(CanonicalField.class);
        values.forEach((field, map) -> {
            if (!map.isEmpty()) {
                valueMaps.put(field, new LinkedHashMap<>(map));
            }
        });
        ImportProfile.RowFilter filter = filterColumn == null || filterColumn.isBlank() || filterKeep.isEmpty() ? null
                : new ImportProfile.RowFilter(filterColumn, filterKeep);
        return new ImportProfile(name == null || name.isBlank() ? "(unsaved)" : name.strip(), description, headerRow,
                sheets, columns, joins, dateFormats, valueMaps, constants, defaults, sheetName, filter, idFrom,
                encoding, delimiter);
    }

    /** A draft of an existing profile on a file with these headers: synonyms become the header the file has. */
    public static ProfileDraft of(ImportProfile profile, List<String> headers) {
        ProfileDraft draft = new ProfileDraft();
        draft.name = profile.name();
        draft.description = profile.description();
        draft.headerRow = profile.headerRow();
        draft.sheets = new ArrayList<>(profile.sheets());
        List<String> normalized = headers.stream().map(HeaderNames::normalize).toList();
        profile.columns().forEach((field, synonyms) -> synonyms.stream()
                .map(s -> normalized.indexOf(HeaderNames.normalize(s))).filter(i -> i >= 0).findFirst()
                .ifPresent(i -> draft.sources.put(field, Source.column(headers.get(i)))));
        profile.joins().forEach((field, parts) -> draft.sources.put(field, new Source(SourceKind.JOIN, parts)));
        profile.defaults().forEach(draft.texts::put);
        profile.constants().forEach((field, value) -> {
            draft.sources.put(field, Source.CONSTANT);
            draft.texts.put(field, value);
        });
        if (profile.sheetNameField() != null) {
            draft.sources.put(profile.sheetNameField(), Source.SHEET_NAME);
        }
        if (!profile.ticketIdFrom().isEmpty() && !draft.sources.containsKey(CanonicalField.TICKET_ID)) {
            draft.sources.put(CanonicalField.TICKET_ID, new Source(SourceKind.HASH, profile.ticketIdFrom()));
        }
        profile.values().forEach((field, map) -> draft.values.put(field, new LinkedHashMap<>(map)));
        draft.dateFormats = new ArrayList<>(profile.dateFormats());
        if (profile.filter() != null) {
            draft.filterColumn = profile.filter().column();
            draft.filterKeep = new ArrayList<>(profile.filter().keep());
        }
        draft.encoding = profile.encoding();
        draft.delimiter = profile.delimiter();
        return draft;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
