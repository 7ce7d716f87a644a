package org.rectify.sync;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How a source's columns become canonical tickets: a small JSON file (see the README for the
 * format). Fields absent from a profile are empty collections or null, never missing.
 *
 * @param headerRow      1-based row holding the headers; null finds it among the first rows
 * @param sheets         sheets to read (XLSX/XLS); empty reads every sheet that has a header row
 * @param columns        canonical field → header synonyms, the first found wins
 * @param joins          canonical field → columns whose values are joined with a space (date + time)
 * @param dateFormats    java.time patterns tried before the automatic forms; empty = automatic only
 * @param values         canonical field → raw value → value to use (是 → true, 龙华区 → 龙华 …)
 * @param constants      canonical field → the same value for every row
 * @param defaults       canonical field → the value for a row whose cell is blank (counted and said)
 * @param sheetNameField the field taken from the sheet's name, or null
 * @param filter         rows kept only when a column holds one of some values, or null
 * @param ticketIdFrom   headers whose values, hashed, make the ticket id when the source has none
 * @param encoding       a text export's character set (UTF-8, GBK, GB18030, UTF-16LE …), or null to detect it
 * @param delimiter      a text export's delimiter (one character; "\t" for tab), or null to detect it
 */
public record ImportProfile(String name, String description, Integer headerRow, List<String> sheets,
                            Map<CanonicalField, List<String>> columns, Map<CanonicalField, List<String>> joins,
                            List<String> dateFormats, Map<CanonicalField, Map<String, String>> values,
                            Map<CanonicalField, String> constants, Map<CanonicalField, String> defaults,
                            CanonicalField sheetNameField, RowFilter filter,
                            List<String> ticketIdFrom, String encoding, Character delimiter) {

    /** Keep a row only when {@code column} holds one of {@code keep}. */
    public record RowFilter(String column, List<String> keep) {
        public RowFilter {
            Objects.requireNonNull(column, "filter column");
            keep = List.copyOf(keep);
        }
    }

    public ImportProfile {
        Objects.requireNonNull(name, "name");
        sheets = List.copyOf(sheets);
        columns = Map.copyOf(columns);
        joins = Map.copyOf(joins);
        dateFormats = List.copyOf(dateFormats);
        values = Map.copyOf(values);
        constants = Map.copyOf(constants);
        defaults = Map.copyOf(defaults);
        ticketIdFrom = List.copyOf(ticketIdFrom);
        if (encoding != null && !java.nio.charset.Charset.isSupported(encoding)) {
            throw new IllegalArgumentException("Profile " + name + ": the encoding " + encoding + " is not known");
        }
    }

    /** How a text export of this profile is read: its encoding and delimiter when the profile names them. */
    public ReadOptions readOptions() {
        return new ReadOptions(encoding == null ? null : java.nio.charset.Charset.forName(encoding), delimiter);
    }
}
