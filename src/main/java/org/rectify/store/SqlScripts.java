package org.rectify.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** The SQL scripts shipped in {@code db/}: migrations, and the one the roll-up rebuild shares with them. */
final class SqlScripts {

    private SqlScripts() {
    }

    /** The statements of the script {@code db/name}. */
    static List<String> statements(String name) {
        return split(text(name));
    }

    /** Splits at semicolons that end a line (none of our scripts has one inside a statement), dropping comment lines. */
    static List<String> split(String script) {
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

    static String text(String name) {
        String resource = "db/" + name;
        try (InputStream in = SqlScripts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new StoreException("Missing resource " + resource + " in the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StoreException("Cannot read resource " + resource, e);
        }
    }
}
