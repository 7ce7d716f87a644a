package org.rectify.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The SQL scripts shipped in {@code db/}: migrations, and the one the roll-up rebuild shares with them. */
final class SqlScripts {

    private SqlScripts() {
    }

    /** The statements of the script {@code db/name}. */
    static List<String> statements(String name) {
        return split(text(name));
    }

    /**
     * Splits at semicolons that end a line (none of our scripts has one inside a statement), dropping
     * comment lines. Without a regular expression: a fresh store runs every migration at its first
     * start, and the expression's matcher was hot enough there to be compiled by C2 (0.1 s of CPU).
     */
    static List<String> split(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder statement = new StringBuilder();
        for (String line : script.split("\n")) {
            if (line.strip().startsWith("--")) {
                continue;
            }
            String end = line.stripTrailing();
            if (end.endsWith(";")) {
                statement.append(end, 0, end.length() - 1);
                add(statements, statement);
            } else {
                statement.append(line).append('\n');
            }
        }
        add(statements, statement);
        return List.copyOf(statements);
    }

    private static void add(List<String> statements, StringBuilder statement) {
        String sql = statement.toString().strip();
        if (!sql.isEmpty()) {
            statements.add(sql);
        }
        statement.setLength(0);
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
