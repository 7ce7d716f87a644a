package org.rectify.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The tidied problem name against the rule written plainly: full-width forms made half-width, spaces of every kind one. */
class ProblemNamesPropertiesTest {

    @Provide
    Arbitrary<String> names() {
        // Chinese, ASCII, full-width forms, and spaces of several kinds (ASCII, tab, ideographic, no-break, line feed)
        return Arbitraries.oneOf(Arbitraries.of('宽', '带', '修', '障', '费', 'a', 'B', '1', '-'),
                        Arbitraries.chars().range('\uFF01', '\uFF5E'), Arbitraries.of(' ', '\t', '\u3000', '\u00A0', '\n'))
                .list().ofMaxSize(12).map(chars -> {
                    StringBuilder s = new StringBuilder();
                    chars.forEach(s::append);
                    return s.toString();
                });
    }

    @Property(tries = 2000)
    void tidyMakesFullWidthFormsHalfWidthAndEveryRunOfSpacesOneSpace(@ForAll("names") String name) {
        assertEquals(byTheRule(name), ProblemNames.tidy(name));
    }

    private static String byTheRule(String name) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (char c : name.toCharArray()) {
            char half = c >= '\uFF01' && c <= '\uFF5E' ? (char) (c - 0xFEE0) : c;
            if (Character.isWhitespace(half) || Character.isSpaceChar(half)) {
                if (word.length() > 0) {
                    words.add(word.toString());
                    word.setLength(0);
                }
            } else {
                word.append(half);
            }
        }
        if (word.length() > 0) {
            words.add(word.toString());
        }
        return String.join(" ", words);
    }
}
