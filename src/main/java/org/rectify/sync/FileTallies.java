package org.rectify.sync;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.rectify.domain.ImportNote;

/**
 * What a file's rows were counted for besides being stored or rejected, kept by its sheets' mappers
 * together, and said in the import's notes: blanks that took the profile's default, problem names
 * tidied, tickets without a ticket type, ticket types that are no known kind, satisfactions that are no
 * number, and the file's columns that nothing read.
 */
final class FileTallies {

    /** Per field, the rows whose blank took the profile's default. */
    final Map<CanonicalField, long[]> defaulted = new EnumMap<>(CanonicalField.class);
    /** Exported ticket types that are no known kind: stored, not counted as complaints. */
    final WordTally unknownKinds = new WordTally();
    /** Satisfactions written as words (满意, 不满意 …): the ticket is stored without a score. */
    final WordTally satisfactionWords = new WordTally();
    private long tidiedProblems;
    private long kindsDefaulted;
    /** Named columns no field reads, over the file's sheets, in the order first met. */
    private final java.util.Set<String> unreadColumns = new java.util.LinkedHashSet<>();

    void problemTidied() {
        tidiedProblems++;
    }

    /** A ticket stored without a ticket type (no column for it, or a blank cell): a complaint by DESIGN 3.1's default. */
    void kindDefaulted() {
        kindsDefaulted++;
    }

    /** A header wrapped in its cell stays on one line, and none can split the notes joined by "; ". */
    void columnsUnread(List<String> headers) {
        headers.forEach(h -> unreadColumns.add(h.replaceAll("\\s+", " ").replace("; ", ";")));
    }

    /** The notes these counts make, in a fixed order. */
    List<String> notes(ImportProfile profile) {
        List<String> notes = new ArrayList<>();
        defaulted.forEach((field, count) -> notes.add(ImportNote.DEFAULT_TAKEN.text(rows(count[0]), field.key(),
                profile.defaults().get(field))));
        if (tidiedProblems > 0) {
            notes.add(ImportNote.PROBLEM_NAMES_TIDIED.text(rows(tidiedProblems)));
        }
        if (kindsDefaulted > 0) {
            notes.add(ImportNote.KIND_DEFAULTED.text(rows(kindsDefaulted)));
        }
        if (unknownKinds.any()) {
            notes.add(ImportNote.UNKNOWN_KINDS.text(rows(unknownKinds.rows()), unknownKinds.said()));
        }
        if (satisfactionWords.any()) {
            notes.add(ImportNote.SATISFACTION_WORDS.text(rows(satisfactionWords.rows()), satisfactionWords.said()));
        }
        if (!unreadColumns.isEmpty()) {
            int n = unreadColumns.size();
            notes.add(ImportNote.COLUMNS_NOT_READ.text(n == 1 ? "1 column" : n + " columns", columnList()));
        }
        return notes;
    }

    /** The unread columns' names: the first few of a long list. */
    private String columnList() {
        List<String> names = List.copyOf(unreadColumns);
        String shown = String.join(", ", names.subList(0, Math.min(names.size(), SHOWN_COLUMNS)));
        return names.size() <= SHOWN_COLUMNS ? shown : shown + " …";
    }

    private static final int SHOWN_COLUMNS = 8;

    private static String rows(long n) {
        return n == 1 ? "1 row" : n + " rows";
    }
}
