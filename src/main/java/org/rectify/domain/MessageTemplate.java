package org.rectify.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An English message with numbered slots ({0}, {1} …): filled to be stored and printed, and
 * read back into its values, so that a screen can say the same thing in another language.
 */
final class MessageTemplate {

    private static final Pattern SLOT = Pattern.compile("\\{(\\d)}");

    private final String template;
    private final Pattern pattern;

    /**
     * @param valueRegex what one value may be (e.g. {@code (.*)})
     * @param end        what must follow the message ({@code $}, or a look-ahead for a separator)
     */
    MessageTemplate(String template, String valueRegex, String end) {
        this.template = template;
        StringBuilder regex = new StringBuilder();
        Matcher slots = SLOT.matcher(template);
        int last = 0;
        while (slots.find()) {
            regex.append(Pattern.quote(template.substring(last, slots.start()))).append(valueRegex);
            last = slots.end();
        }
        regex.append(Pattern.quote(template.substring(last))).append(end);
        this.pattern = Pattern.compile(regex.toString(), Pattern.DOTALL);
    }

    /** The message with its values, in one pass (a value holding "{1}" stays as it is). */
    String fill(Object... values) {
        Matcher slot = SLOT.matcher(template);
        StringBuilder text = new StringBuilder();
        while (slot.find()) {
            int index = slot.group(1).charAt(0) - '0';
            slot.appendReplacement(text, Matcher.quoteReplacement(
                    index < values.length ? String.valueOf(values[index]) : slot.group()));
        }
        slot.appendTail(text);
        return text.toString();
    }

    /** The values of a text this template made, matched from {@code from} on; the match's end beside them. */
    Optional<Match> read(String text, int from, boolean whole) {
        Matcher m = pattern.matcher(text);
        m.region(from, text.length());
        if (!(whole ? m.matches() : m.lookingAt())) {
            return Optional.empty();
        }
        List<String> values = new ArrayList<>();
        for (int i = 1; i <= m.groupCount(); i++) {
            values.add(m.group(i));
        }
        return Optional.of(new Match(values, m.end()));
    }

    record Match(List<String> values, int end) {
    }
}
