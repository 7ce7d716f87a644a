package org.rectify.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What an import says about a file besides its counts: a sheet skipped, defaults taken, names
 * tidied, rows filtered; or why the file was skipped or refused. As with {@link RowProblem}, the
 * English text is what is stored and printed, and a screen reads it back into the note and its
 * values to say it in its own language. A file's notes are joined with "; ".
 */
public enum ImportNote {
    SUMMARY_SHEET_SKIPPED("sheet {0} skipped ({1} non-empty rows, its header included): it looks like a summary of the"
            + " other sheets; name it in the profile's \"sheets\" to import it", false),
    SHEET_EMPTY("sheet {0} is empty", false),
    SHEET_WITHOUT_HEADER("sheet {0} skipped: no header row", false),
    DEFAULT_TAKEN("{0} had a blank {1} and took the profile's default '{2}'", false),
    PROBLEM_NAMES_TIDIED("{0} had a problem name with stray or full-width spaces or full-width letters; it was stored tidied",
            false),
    FILTERED("{0} rows left out by the profile's filter", false),
    KIND_DEFAULTED("{0} had no ticket type (no column for it, or a blank cell): counted as complaints, the default — if"
            + " the file has a type column, name it in the profile", false),
    UNKNOWN_KINDS("{0} had a ticket type that is no kind the app knows ({1}): stored, but not counted as complaints"
            + " — map the words in the profile's values if they are", false),
    SATISFACTION_WORDS("{0} had a satisfaction that is no number ({1}): stored without a score — map the words to"
            + " scores in the profile's values to keep them", false),
    COLUMNS_NOT_READ("{0} not read: {1}", false),
    ALREADY_IMPORTED("{0}: already imported (run {1}, {2}, {3}); nothing changed", true),
    EMPTY_FILE("{0}: the file is empty (0 bytes); nothing was imported", true),
    NOT_TEXT("{0}: does not look like a text export ({1} % of its first characters are unreadable in {2})."
            + " Is it an export at all? Nothing was imported.", true),
    NO_HEADER("{0}: no header row with the required columns in the first {1} rows{2}", true),
    UNCLOSED_QUOTE("{0}, row {1}: a quoted field is not closed before the end of the file (a \" missing, or one too"
            + " many); nothing was imported", true),
    TEXT_AFTER_QUOTE("{0}, row {1}: a quoted field has other characters after its closing quote (as in \"ab\"c);"
            + " nothing was imported", true),
    CELL_RUNS_ON("{0}, row {1}: a cell runs on past {2} characters (a quote that is never closed?); nothing was imported",
            true),
    // the sheet's forms first: read back, the file's form would take "file, sheet S" for its file
    TOO_MANY_COLUMNS_IN_SHEET("{0}, sheet {1}, row {2}: {3} columns, more than the {4} a ticket export can have;"
            + " nothing was imported", true),
    TOO_MANY_COLUMNS("{0}, row {1}: {2} columns, more than the {3} a ticket export can have; nothing was imported", true),
    CELL_TOO_LONG_IN_SHEET("{0}, sheet {1}, row {2}, column {3}: a cell of {4} characters, more than Excel's limit of"
            + " {5}; nothing was imported", true),
    CELL_TOO_LONG("{0}, row {1}, column {2}: a cell of {3} characters, more than Excel's limit of {4}; nothing was"
            + " imported", true),
    NO_SUCH_FILE("{0}: no such file ({1})", true),
    CANNOT_READ("{0}: cannot be read ({1})", true),
    NOT_READABLE_AS("{0}: cannot be read as {1} text ({2}); nothing was imported", true),
    CSV_UNREADABLE("{0}, row {1}: cannot be read as CSV ({2}); nothing was imported", true),
    XLSX_DAMAGED("{0}: not a readable XLSX workbook (damaged or incomplete: {1}). Save it again from Excel and retry;"
            + " nothing was imported.", true),
    XLS_DAMAGED("{0}: not a readable XLS workbook ({1}). Save it again from Excel and retry; nothing was imported.", true),
    ZIP_BOMB("{0}: refused as a probable zip bomb (it expands far more than an Excel file does). Nothing was imported.",
            true);

    /** A note that is the whole message (a skip or a refusal), read with its last value taking the rest. */
    private final boolean whole;
    private final MessageTemplate template;

    ImportNote(String template, boolean whole) {
        this.whole = whole;
        // a note's value never spans the "; " between notes, else a note could swallow the ones before it
        this.template = whole ? new MessageTemplate(template, "(.*)", "$")
                : new MessageTemplate(template, "((?:(?!; ).)*?)", "(?=; |$)");
    }

    public String key() {
        return "importNote." + name().toLowerCase(java.util.Locale.ROOT);
    }

    public String text(Object... values) {
        return template.fill(values);
    }

    /** A note read back, or a part of the message no template makes (then {@code note} is null and the text is in values). */
    public record Parsed(ImportNote note, List<String> values) {
    }

    /** A message read back into its notes, in order; a part no template makes comes back as its text. */
    public static List<Parsed> parse(String message) {
        List<Parsed> parts = new ArrayList<>();
        if (message == null || message.isEmpty()) {
            return parts;
        }
        for (ImportNote note : values()) {
            Optional<MessageTemplate.Match> match = note.whole ? note.template.read(message, 0, true) : Optional.empty();
            if (match.isPresent()) {
                parts.add(new Parsed(note, match.get().values()));
                return parts;
            }
        }
        int at = 0;
        while (at < message.length()) {
            Parsed found = null;
            int end = -1;
            for (ImportNote note : values()) {
                Optional<MessageTemplate.Match> match = note.whole ? Optional.empty() : note.template.read(message, at, false);
                if (match.isPresent()) {
                    found = new Parsed(note, match.get().values());
                    end = match.get().end();
                    break;
                }
            }
            if (found == null) {
                int next = message.indexOf("; ", at);
                end = next < 0 ? message.length() : next;
                found = new Parsed(null, List.of(message.substring(at, end)));
            }
            parts.add(found);
            at = end + 2;
        }
        return parts;
    }

    /** For a single whole-message note: which, if any. */
    public static Optional<Parsed> parseWhole(String message) {
        List<Parsed> parts = parse(message);
        return parts.size() == 1 && parts.get(0).note() != null && parts.get(0).note().whole
                ? Optional.of(parts.get(0)) : Optional.empty();
    }
}
