package org.rectify.checklist;

import java.util.List;

/**
 * A change the checklist refuses, as data: a kind and its arguments, so that the command line can
 * print the English and the desktop its own language.
 */
public final class Refusal extends RuntimeException {

    public enum Kind {
        NO_SUCH_ITEM("there is no checklist item %s"),
        ILLEGAL_TRANSITION("item %s cannot go from %s to %s"),
        SIGN_OFF_WITHOUT_REVIEWER("item %s has no reviewer (复核人): set one before signing off"),
        SIGN_OFF_BY_OTHER("only the reviewer %2$s can sign off item %1$s; you are %3$s (set your name in the settings)"),
        REASON_REQUIRED("item %s: 无法整改 (cannot fix) needs a reason"),
        OWNER_REQUIRED("item %s needs an owner (责任人) before it is %s"),
        CAUSE_AND_ACTION_REQUIRED("ticket item %s needs a cause and an action before it awaits verification"),
        UNKNOWN_CAUSE("item %s: '%s' is not in the cause catalogue (%s)"),
        TITLE_REQUIRED("an item needs a title");

        private final String english;

        Kind(String english) {
            this.english = english;
        }
    }

    private final Kind kind;
    private final List<String> args;

    public Refusal(Kind kind, Object... args) {
        super(String.format(kind.english, args));
        this.kind = kind;
        this.args = java.util.Arrays.stream(args).map(String::valueOf).toList();
    }

    public Kind kind() {
        return kind;
    }

    public List<String> args() {
        return args;
    }
}
