package org.rectify.sync;

import java.util.HashMap;
import java.util.Map;

/**
 * One String instance per distinct name read from a file (districts, categories, problems …): the
 * reader hashes each name once here, and the writer's look-ups of the same instance then reuse its
 * cached hash — measured as the writer's largest Java cost of a 1M-row import. Bounded, so that a
 * column of unique texts mapped as a name cannot grow it without end.
 */
final class SharedNames {

    private static final int MAX_NAMES = 50_000;

    private final Map<String, String> names = new HashMap<>();

    String of(String name) {
        if (name == null) {
            return null;
        }
        String shared = names.get(name);
        if (shared != null) {
            return shared;
        }
        if (names.size() < MAX_NAMES) {
            names.put(name, name);
        }
        return name;
    }
}
