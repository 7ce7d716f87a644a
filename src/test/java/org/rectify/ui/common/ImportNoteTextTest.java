package org.rectify.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rectify.domain.ImportNote;
import org.rectify.ui.i18n.Messages;

/** An import's notes and refusals read back from their stored English and said in the UI's language. */
class ImportNoteTextTest {

    @AfterEach
    void chinese() {
        Messages.use(Messages.CHINESE);
    }

    @Test
    void notesJoinedInOneMessageComeBackOneByOne() {
        String message = String.join("; ", ImportNote.FILTERED.text("1,234"),
                ImportNote.SUMMARY_SHEET_SKIPPED.text("汇总", 3), ImportNote.DEFAULT_TAKEN.text("2 rows", "district", "未知"),
                "a note of another kind", ImportNote.PROBLEM_NAMES_TIDIED.text("1 row"));
        List<ImportNote.Parsed> parts = ImportNote.parse(message);
        assertEquals(List.of(ImportNote.FILTERED, ImportNote.SUMMARY_SHEET_SKIPPED, ImportNote.DEFAULT_TAKEN),
                parts.subList(0, 3).stream().map(ImportNote.Parsed::note).toList());
        assertEquals(List.of("a note of another kind"), parts.get(3).values());
        assertEquals(ImportNote.PROBLEM_NAMES_TIDIED, parts.get(4).note());
        Messages.use(Messages.CHINESE);
        assertEquals(String.join("\n", "1,234 行按方案的筛选条件未导入",
                "工作表“汇总”未导入（3 行非空，含标题行）：它像是其他工作表的汇总；要导入它，请在方案的 sheets 中写明",
                "2 行的“district”为空，取了方案的缺省值“未知”", "a note of another kind",
                "1 行的问题细类含多余空格或全角字母，已整理后保存"), ImportNoteText.say(message));
    }

    @Test
    void aRefusalIsOneNoteWhateverItsDetail() {
        String refusal = ImportNote.NO_HEADER.text("投诉.csv", 30, ". Closest: row 3 with profile chinese-common, missing a; b");
        assertEquals(ImportNote.NO_HEADER, ImportNote.parseWhole(refusal).orElseThrow().note());
        Messages.use(Messages.CHINESE);
        assertTrue(ImportNoteText.say(refusal).startsWith("投诉.csv：前 30 行中没有含必填列"), ImportNoteText.say(refusal));
        Messages.use(java.util.Locale.ENGLISH);
        assertEquals("x.csv: already imported (run 4, x.csv, 2014-06-01); nothing changed",
                ImportNoteText.say(ImportNote.ALREADY_IMPORTED.text("x.csv", 4, "x.csv", "2014-06-01")));
    }

    @Test
    void everyNoteHasItsWordsInBothLanguages() throws Exception {
        for (String bundle : List.of("messages_zh_CN.properties", "messages_en.properties")) {
            Properties words = new Properties();
            try (InputStream in = Messages.class.getResourceAsStream(bundle)) {
                words.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            }
            ImportNoteText.keys().forEach(key -> assertTrue(words.containsKey(key), bundle + " lacks " + key));
        }
    }
}
