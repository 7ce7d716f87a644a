package org.rectify.checklist.excel;

/** Text a spreadsheet would read as a formula when typed or pasted (formula injection). */
final class FormulaSafety {

    private FormulaSafety() {
    }

    static boolean looksLikeFormula(String value) {
        if (value == null || value.isEmpty()) {
            return false;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}
