package org.rectify.ui.sync.wizard;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** A value map as the wizard edits it: one {@code word=value} per line (a value left empty stores nothing). */
final class ValueMapText {

    private ValueMapText() {
    }

    static Map<String, String> parse(String text) {
        Map<String, String> map = new LinkedHashMap<>();
        if (text == null) {
            return map;
        }
        for (String line : text.split("\\R")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                String word = line.substring(0, eq).strip();
                if (!word.isEmpty()) {
                    map.put(word, line.substring(eq + 1).strip());
                }
            }
        }
        return map;
    }

    static String format(Map<String, String> map) {
        return map.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("\n"));
    }
}
