package org.rectify.domain;

import java.util.Locale;

/** Where a checklist item came from (DESIGN 5): a problem slice, one ticket to analyse, or a person in the meeting. */
public enum ItemKind {
    PROBLEM, TICKET, MANUAL;

    /** The stable English key of the store, the command line and JSON. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ItemKind ofKey(String key) {
        for (ItemKind k : values()) {
            if (k.key().equals(key)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown item kind '" + key + "' (problem, ticket or manual)");
    }
}
