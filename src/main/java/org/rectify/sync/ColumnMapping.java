package org.rectify.sync;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Where each canonical field of a ticket comes from in one file, resolved from a profile and the
 * header row: a column, columns joined, a constant, the sheet's name, or (for the id) a hash.
 */
public final class ColumnMapping {

    private enum Kind { COLUMN, JOIN, CONSTANT, SHEET_NAME, HASH }

    private record Binding(Kind kind, int[] columns, String constant) {
    }

    private final ImportProfile profile;
    private final List<String> headers;
    private final Map<CanonicalField, Binding> bindings;
    private final List<String> missing;
    private final int filterColumn;

    private ColumnMapping(ImportProfile profile, List<String> headers, Map<CanonicalField, Binding> bindings,
                          List<String> missing, int filterColumn) {
        this.profile = profile;
        this.headers = headers;
        this.bindings = bindings;
        this.missing = missing;
        this.filterColumn = filterColumn;
    }

    /** Resolves every field of the profile against a header row; see {@link #missing()} for what failed. */
    public static ColumnMapping resolve(ImportProfile profile, List<String> headerRow) {
        List<String> headers = headerRow.stream().map(h -> h == null ? "" : h.strip()).toList();
        List<String> normalized = headers.stream().map(HeaderNames::normalize).toList();
        Map<CanonicalField, Binding> bindings = new EnumMap<>(CanonicalField.class);
        for (CanonicalField field : CanonicalField.values()) {
            if (profile.constants().containsKey(field)) {
                bindings.put(field, new Binding(Kind.CONSTANT, new int[0], profile.constants().get(field)));
            } else if (field == profile.sheetNameField()) {
                bindings.put(field, new Binding(Kind.SHEET_NAME, new int[0], null));
            } else if (profile.joins().containsKey(field)) {
                int[] columns = indices(profile.joins().get(field), normalized);
                if (columns != null) {
                    bindings.put(field, new Binding(Kind.JOIN, columns, null));
                }
            } else {
                int column = firstIndex(profile.columns().getOrDefault(field, List.of()), normalized);
                if (column >= 0) {
                    bindings.put(field, new Binding(Kind.COLUMN, new int[] {column}, null));
                }
            }
        }
        if (!bindings.containsKey(CanonicalField.TICKET_ID) && !profile.ticketIdFrom().isEmpty()) {
            int[] columns = indices(profile.ticketIdFrom(), normalized);
            if (columns != null) {
                bindings.put(CanonicalField.TICKET_ID, new Binding(Kind.HASH, columns, null));
            }
        }
        List<String> missing = new ArrayList<>();
        for (CanonicalField field : CanonicalField.values()) {
            if (field.required() && !bindings.containsKey(field)) {
                missing.add(describeMissing(profile, field));
            }
        }
        int filterColumn = -1;
        if (profile.filter() != null) {
            filterColumn = normalized.indexOf(HeaderNames.normalize(profile.filter().column()));
            if (filterColumn < 0) {
                missing.add("filter column " + profile.filter().column());
            }
        }
        return new ColumnMapping(profile, headers, bindings, List.copyOf(missing), filterColumn);
    }

    private static String describeMissing(ImportProfile profile, CanonicalField field) {
        List<String> tried = new ArrayList<>(profile.columns().getOrDefault(field, List.of()));
        tried.addAll(profile.joins().getOrDefault(field, List.of()));
        if (field == CanonicalField.TICKET_ID) {
            tried.addAll(profile.ticketIdFrom());
        }
        String label = field.standardHeader() + " (" + field.key() + ")";
        return tried.isEmpty() ? label + ": not mapped by the profile" : label + ": none of " + String.join(" / ", tried);
    }

    private static int firstIndex(List<String> synonyms, List<String> normalized) {
        for (String synonym : synonyms) {
            int index = normalized.indexOf(HeaderNames.normalize(synonym));
            if (index >= 0) {
                return index;
            }
        }
        return -1;
    }

    private static int[] indices(List<String> names, List<String> normalized) {
        int[] columns = new int[names.size()];
        for (int i = 0; i < names.size(); i++) {
            columns[i] = normalized.indexOf(HeaderNames.normalize(names.get(i)));
            if (columns[i] < 0) {
                return null;
            }
        }
        return columns;
    }

    public ImportProfile profile() {
        return profile;
    }

    public List<String> headers() {
        return headers;
    }

    /** Required fields (and a filter column) that could not be found; empty when the file is usable. */
    public List<String> missing() {
        return missing;
    }

    public boolean usable() {
        return missing.isEmpty();
    }

    /** How many fields come from the file's columns: the better profile maps more. */
    public int score() {
        return (int) bindings.values().stream().filter(b -> b.kind() == Kind.COLUMN || b.kind() == Kind.JOIN).count();
    }

    /**
     * The header row's named columns that no field, join, hash or filter reads, in file order: what the
     * import leaves out of every row, said in its notes.
     */
    public List<String> unreadHeaders() {
        java.util.Set<Integer> read = new java.util.HashSet<>();
        bindings.values().forEach(b -> java.util.Arrays.stream(b.columns()).forEach(read::add));
        if (filterColumn >= 0) {
            read.add(filterColumn);
        }
        List<String> unread = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            if (!read.contains(i) && !headers.get(i).isEmpty()) {
                unread.add(headers.get(i));
            }
        }
        return unread;
    }

    public boolean maps(CanonicalField field) {
        return bindings.containsKey(field);
    }

    /** The header a field was read from, for messages (the field's key when it is not a single column). */
    public String header(CanonicalField field) {
        Binding b = bindings.get(field);
        return b != null && b.kind() == Kind.COLUMN ? headers.get(b.columns()[0]) : field.key();
    }

    /** The row's raw value of the field, stripped; null when absent or blank. */
    public String value(SourceRow row, CanonicalField field) {
        Binding b = bindings.get(field);
        if (b == null) {
            return null;
        }
        String raw = switch (b.kind()) {
            case CONSTANT -> b.constant();
            case SHEET_NAME -> row.sheet();
            case COLUMN -> row.cell(b.columns()[0]);
            case JOIN -> joined(row, b.columns(), " ");
            case HASH -> hashedId(row, b.columns());
        };
        if (raw == null) {
            return null;
        }
        String stripped = raw.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    /** True when the profile's row filter lets the row in (always, without a filter). */
    public boolean kept(SourceRow row) {
        if (filterColumn < 0) {
            return true;
        }
        String cell = row.cell(filterColumn);
        return cell != null && profile.filter().keep().contains(cell.strip());
    }

    private static String joined(SourceRow row, int[] columns, String separator) {
        StringBuilder text = new StringBuilder();
        for (int column : columns) {
            String cell = row.cell(column);
            if (cell != null && !cell.isBlank()) {
                if (text.length() > 0) {
                    text.append(separator);
                }
                text.append(cell.strip());
            }
        }
        return text.toString();
    }

    /** A stable id for exports without one: the same values give the same id on every import. */
    private static String hashedId(SourceRow row, int[] columns) {
        StringBuilder text = new StringBuilder();
        boolean any = false;
        for (int column : columns) {
            String cell = row.cell(column);
            any |= cell != null && !cell.isBlank();
            text.append(cell == null ? "" : cell.strip()).append('\u001F');
        }
        if (!any) {
            return null;
        }
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return "H" + java.util.HexFormat.of().formatHex(digest, 0, 10);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
