package org.rectify.ui.common;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rectify.domain.RowProblem;
import org.rectify.ui.i18n.Messages;

/** A rejected row's reason in the UI's language (stored in English; a text no template makes is shown as it is). */
public final class RowProblemText {

    private static final Pattern POSITION = Pattern.compile("^(?:sheet (.*), )?row (\\d+)$");

    private RowProblemText() {
    }

    public static String say(String reason) {
        return RowProblem.parse(reason).map(parsed -> Messages.format(parsed.problem().key(),
                parsed.values().stream().map(RowProblemText::position).toArray())).orElse(reason);
    }

    /** "sheet 龙华, row 12" in the UI's words; any other value as it is. */
    private static String position(String value) {
        Matcher m = POSITION.matcher(value);
        if (!m.matches()) {
            return value;
        }
        return m.group(1) == null ? Messages.format("rowProblem.position.row", m.group(2))
                : Messages.format("rowProblem.position.sheetRow", m.group(1), m.group(2));
    }

    /** For tests: every template's key. */
    static List<String> keys() {
        return java.util.Arrays.stream(RowProblem.values()).map(RowProblem::key).toList();
    }
}
