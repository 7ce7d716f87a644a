package org.rectify.sync;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Words of one field that a file's rows held and the app could not use as they were (a ticket type
 * that is no kind it knows, a satisfaction that is no number), with their rows: the first few words by
 * name, the rest only counted — a profile that takes a text column for the field must not fill memory
 * with a word per row.
 */
final class WordTally {

    private static final int NAMED = 5;

    private final Map<String, long[]> named = new LinkedHashMap<>();
    private long rows;
    private long otherWords;

    void add(String word) {
        rows++;
        long[] count = named.get(word);
        if (count != null) {
            count[0]++;
        } else if (named.size() < NAMED) {
            named.put(word, new long[] {1});
        } else {
            otherWords++;
        }
    }

    boolean any() {
        return rows > 0;
    }

    long rows() {
        return rows;
    }

    /** "申告 ×12, 其他 ×3" and, past the named words, "… 40 rows of other words": never a "; ", which parts a file's notes. */
    String said() {
        StringBuilder said = new StringBuilder();
        named.forEach((word, count) -> said.append(said.length() == 0 ? "" : ", ").append(word.replace(";", ","))
                .append(" ×").append(count[0]));
        if (otherWords > 0) {
            said.append(" … ").append(otherWords).append(otherWords == 1 ? " row" : " rows").append(" of other words");
        }
        return said.toString();
    }
}
