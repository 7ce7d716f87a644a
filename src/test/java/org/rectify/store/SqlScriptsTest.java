package org.rectify.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped scripts split into the statements the regular-expression split of sessions 1–10 gave. */
class SqlScriptsTest {

    @Test
    void everyShippedScriptSplitsAsBefore() {
        List<String> scripts = new ArrayList<>(SqlScripts.text("migrations.txt").lines().map(String::strip)
                .filter(s -> !s.isEmpty()).toList());
        scripts.add("repeat_flags.sql");
        int statements = 0;
        for (String name : scripts) {
            String text = SqlScripts.text(name);
            assertEquals(regexSplit(text), SqlScripts.split(text), name);
            assertEquals(regexSplit(text.replace("\n", "\r\n")), SqlScripts.split(text.replace("\n", "\r\n")), name + " with CRLF");
            statements += SqlScripts.split(text).size();
        }
        assertEquals(true, statements > 50, "the scripts hold " + statements + " statements");
    }

    @Test
    void commentLinesGoAndASemicolonInsideALineDoesNotSplit() {
        String script = "-- a comment; with a semicolon\nCREATE TABLE a (x TEXT DEFAULT ';');\n\n  INSERT INTO a\n"
                + "VALUES ('1');   \n-- last\nSELECT 1";
        List<String> expected = List.of("CREATE TABLE a (x TEXT DEFAULT ';')", "INSERT INTO a\nVALUES ('1')", "SELECT 1");
        assertEquals(expected, SqlScripts.split(script));
        assertEquals(expected, regexSplit(script));
    }

    /** The split as it was: comment lines dropped, then split at a semicolon ending a line. */
    private static List<String> regexSplit(String script) {
        StringBuilder withoutComments = new StringBuilder();
        for (String line : script.split("\n")) {
            if (!line.strip().startsWith("--")) {
                withoutComments.append(line).append('\n');
            }
        }
        return Arrays.stream(withoutComments.toString().split(";\\s*\n"))
                .map(String::strip)
                .map(s -> s.endsWith(";") ? s.substring(0, s.length() - 1) : s)
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
