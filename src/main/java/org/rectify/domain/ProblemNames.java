package org.rectify.domain;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One problem under its several spellings (DESIGN 4, TOP problem share): exports write the same
 * problem with stray or full-width spaces, full-width letters and another Latin case. The import
 * tidies what does not change meaning (spaces, width); the case is folded only in the key, so the
 * label shown is the spelling the most tickets use.
 */
public final class ProblemNames {

    private ProblemNames() {
    }

    /** Trimmed, inner runs of white space made one space, full-width ASCII forms made half-width. */
    public static String tidy(String name) {
        if (name == null) {
            return null;
        }
        if (alreadyTidy(name)) {
            return name; // most names, and an import tidies a million
        }
        StringBuilder out = new StringBuilder(name.length());
        boolean space = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') {
                c = (char) (c - 0xFEE0);
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(c);
        }
        return out.toString();
    }

    /** No space of any kind and no full-width form: {@link #tidy} would give the name back unchanged. */
    private static boolean alreadyTidy(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E' || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * What two spellings of one problem have in common: tidied, A–Z folded to a–z. Only ASCII letters
     * are folded because SQLite's {@code lower()} folds only those, and the store finds a problem's
     * spellings with it (a drill-down, a checklist item's slice): every figure then counts the same
     * tickets. (A PostgreSQL {@code lower()} folds more; its results would need this key again.)
     */
    public static String key(String name) {
        String tidy = tidy(name);
        StringBuilder folded = null;
        for (int i = 0; i < tidy.length(); i++) {
            char c = tidy.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                if (folded == null) {
                    folded = new StringBuilder(tidy);
                }
                folded.setCharAt(i, (char) (c + ('a' - 'A')));
            }
        }
        return folded == null ? tidy : folded.toString();
    }

    /**
     * Counts per spelling merged into counts per problem, each under its most used spelling (ties:
     * the first in code-point order, so the label does not depend on the map's order).
     */
    public static Map<String, Long> merge(Map<String, Long> bySpelling) {
        Map<String, Long> totals = new HashMap<>();
        Map<String, Map.Entry<String, Long>> label = new HashMap<>();
        for (Map.Entry<String, Long> e : bySpelling.entrySet()) {
            String key = key(e.getKey());
            totals.merge(key, e.getValue(), Long::sum);
            label.merge(key, e, (a, b) -> better(a, b) ? a : b);
        }
        Map<String, Long> merged = new LinkedHashMap<>();
        totals.forEach((key, count) -> merged.merge(label.get(key).getKey(), count, Long::sum));
        return merged;
    }

    private static boolean better(Map.Entry<String, Long> a, Map.Entry<String, Long> b) {
        int byCount = Long.compare(a.getValue(), b.getValue());
        return byCount != 0 ? byCount > 0 : a.getKey().compareTo(b.getKey()) <= 0;
    }

    /** True when both names are one problem. */
    public static boolean same(String a, String b) {
        return a != null && b != null && key(a).equals(key(b));
    }
}
