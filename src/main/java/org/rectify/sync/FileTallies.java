package org.rectify.sync;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.rectify.domain.ImportNote;

/**
 * What a file's rows were counted for besides being stored or rejected, kept by its sheets' mappers
 * together, and said in the import's notes: blanks that took the profile's default, problem names
 * tidied, ticket types that are no known kind, satisfactions that are no number.
 */
final class FileTallies {

    /** Per field, the rows whose blank took the profile's default. */
    final Map<CanonicalField, long[]> defaulted = new EnumMap<>(CanonicalField.class);
    /** Exported ticket types that are no known kind: stored, not counted as complaints. */
    final WordTally unknownKinds = new WordTally();
    /** Satisfactions written as words (满意, 不满意 …): the ticket is stored without a score. */
    final WordTally satisfactionWords = new WordTally();
    private long tidiedProblems;

    void problemTidied() {
        tidiedProblems++;
    }

    /** The notes these counts make, in a fixed order. */
    List<String> notes(ImportProfile profile) {
        List<String> notes = new ArrayList<>();
        defaulted.forEach((field, count) -> notes.add(ImportNote.DEFAULT_TAKEN.text(rows(count[0]), field.key(),
                profile.defaults().get(field))));
        if (tidiedProblems > 0) {
            notes.add(ImportNote.PROBLEM_NAMES_TIDIED.text(rows(tidiedProblems)));
        }
        if (unknownKinds.any()) {
            notes.add(ImportNote.UNKNOWN_KINDS.text(rows(unknownKinds.rows()), unknownKinds.said()));
        }
        if (satisfactionWords.any()) {
            notes.add(ImportNote.SATISFACTION_WORDS.text(rows(satisfactionWords.rows()), satisfactionWords.said()));
        }
        return notes;
    }

    private static String rows(long n) {
        return n == 1 ? "1 row" : n + " rows";
    }
}
