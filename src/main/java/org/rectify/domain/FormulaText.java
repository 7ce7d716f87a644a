package org.rectify.domain;

/**
 * Text a spreadsheet would read as a formula when it opens, types or pastes it (formula
 * injection: an export of what someone typed into a ticket must not run in the reader's Excel).
 */
public final class FormulaText {

    private FormulaText() {
    }

    public static boolean looksLikeFormula(String value) {
        if (value == null || value.isEmpty()) {
            return false;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    /** The text as a CSV cell that no spreadsheet evaluates: a leading apostrophe where it would. */
    public static String forCsv(String value) {
        return looksLikeFormula(value) ? "'" + value : value;
    }
}
