package org.rectify.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rectify.domain.ImportNote;
import org.rectify.ui.i18n.Messages;

/** An import's notes, skip or refusal in the UI's language, one note per line (a text no template makes is shown as it is). */
public final class ImportNoteText {

    private static final Pattern ROWS = Pattern.compile("^(\\d[\\d,]*) (?:rows?|columns?)$");

    private ImportNoteText() {
    }

    public static String say(String message) {
        if (message == null) {
            return "";
        }
        List<String> lines = new ArrayList<>();
        for (ImportNote.Parsed part : ImportNote.parse(message)) {
            if (part.note() == null) {
                lines.add(part.values().get(0));
            } else {
                lines.add(Messages.format(part.note().key(), part.values().stream().map(ImportNoteText::count).toArray()));
            }
        }
        return String.join("\n", lines);
    }

    /** "12 rows" → "12", the rest as it is. */
    private static String count(String value) {
        Matcher m = ROWS.matcher(value);
        return m.matches() ? m.group(1) : value;
    }

    static List<String> keys() {
        return java.util.Arrays.stream(ImportNote.values()).map(ImportNote::key).toList();
    }
}
