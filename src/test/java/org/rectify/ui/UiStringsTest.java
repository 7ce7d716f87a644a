package org.rectify.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every text the user reads comes from the resource bundles: the UI's code holds none of its own. */
class UiStringsTest {

    private static final Path UI = Path.of("src/main/java/org/rectify/ui");

    /** A string literal with a letter, handed to something that shows text. */
    private static final Pattern SHOWN_LITERAL = Pattern.compile(
            "(new (Label|Button|ToggleButton|CheckBox|MenuItem|Menu|Tooltip|TableColumn<[^>]*>|Tab|TitledPane)"
                    + "|\\.set(Text|PromptText|Title|HeaderText|ContentText|Tooltip))\\(\\s*\"[^\"]*\\p{L}[^\"]*\"");

    private static final Pattern CJK = Pattern.compile("[\\p{IsHan}]");

    @Test
    void noUserTextIsWrittenIntoTheUiCode() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : javaFiles()) {
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                String code = withoutComment(lines.get(i));
                if (SHOWN_LITERAL.matcher(code).find() || CJK.matcher(code).find()) {
                    found.add(UI.relativize(file) + ":" + (i + 1) + ": " + code.strip());
                }
            }
        }
        assertEquals(List.of(), found, "texts that belong in messages*.properties");
    }

    @Test
    void theCheckCatchesAHardCodedLabel() {
        assertTrue(SHOWN_LITERAL.matcher("Label title = new Label(\"Dashboard\");").find());
        assertTrue(SHOWN_LITERAL.matcher("button.setText(\"Save\")").find());
        assertTrue(CJK.matcher("new Label(Messages.get(\"x\") + \"工单\")").find());
        assertTrue(!SHOWN_LITERAL.matcher("new Label(Messages.get(\"nav.tickets\"))").find());
    }

    @Test
    void everyKeyTheUiAsksForExistsInBothLanguages() throws IOException {
        java.util.Properties zh = load("messages_zh_CN.properties");
        java.util.Properties en = load("messages_en.properties");
        // Any literal shaped like a key of one of the bundle's namespaces (also those handed to helpers).
        java.util.Set<String> namespaces = new java.util.HashSet<>();
        zh.stringPropertyNames().forEach(k -> namespaces.add(k.substring(0, k.indexOf('.'))));
        Pattern key = Pattern.compile("\"([a-z][a-zA-Z0-9_]*)((\\.[a-zA-Z0-9_]+)+)\"");
        List<String> missing = new ArrayList<>();
        for (Path file : javaFiles()) {
            Matcher m = key.matcher(Files.readString(file));
            while (m.find()) {
                String k = m.group(1) + m.group(2);
                if (namespaces.contains(m.group(1)) && (!zh.containsKey(k) || !en.containsKey(k))) {
                    missing.add(UI.relativize(file) + ": " + k);
                }
            }
        }
        // keys built from enums (metric.*, grain.*, theme.*, tier.*, importNote.*, rowProblem.*) are checked against the enums
        for (org.rectify.analytics.Metric metric : org.rectify.analytics.Metric.values()) {
            requireBoth(zh, en, "metric." + metric.key(), missing);
        }
        for (org.rectify.domain.Grain grain : org.rectify.domain.Grain.values()) {
            requireBoth(zh, en, "grain." + grain.name().toLowerCase(), missing);
        }
        for (org.rectify.ui.theme.Theme theme : org.rectify.ui.theme.Theme.values()) {
            requireBoth(zh, en, "theme." + theme.key(), missing);
        }
        for (org.rectify.analytics.QcTier tier : org.rectify.analytics.QcTier.values()) {
            requireBoth(zh, en, "tier." + tier.key(), missing);
        }
        // what an import says about a file, stored in English and said again in the screen's language
        for (org.rectify.domain.ImportNote note : org.rectify.domain.ImportNote.values()) {
            requireBoth(zh, en, note.key(), missing);
        }
        for (org.rectify.domain.RowProblem problem : org.rectify.domain.RowProblem.values()) {
            requireBoth(zh, en, problem.key(), missing);
        }
        assertEquals(List.of(), missing);
    }

    private static void requireBoth(java.util.Properties zh, java.util.Properties en, String key, List<String> missing) {
        if (!zh.containsKey(key) || !en.containsKey(key)) {
            missing.add(key);
        }
    }

    private static java.util.Properties load(String name) throws IOException {
        java.util.Properties p = new java.util.Properties();
        try (var in = Files.newBufferedReader(Path.of("src/main/resources/org/rectify/ui/i18n", name))) {
            p.load(in);
        }
        return p;
    }

    private static List<Path> javaFiles() throws IOException {
        try (Stream<Path> files = Files.walk(UI)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
    }

    /** The code part of a line: comments may say anything. */
    private static String withoutComment(String line) {
        String stripped = line.strip();
        if (stripped.startsWith("//") || stripped.startsWith("*") || stripped.startsWith("/*")) {
            return "";
        }
        int comment = line.indexOf("// ");
        return comment >= 0 ? line.substring(0, comment) : line;
    }
}
