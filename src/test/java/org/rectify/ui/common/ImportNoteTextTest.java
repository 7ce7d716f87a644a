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
    void ticketTypesThatAreNotCountedAreSaidWithTheirWords() {
        String note = ImportNote.UNKNOWN_KINDS.text("3 rows", "申告 ×2, 投诉建议 ×1");
        String message = String.join("; ", ImportNote.FILTERED.text("7"), note);
        assertEquals(ImportNote.UNKNOWN_KINDS, ImportNote.parse(message).get(1).note());
        Messages.use(Messages.CHINESE);
        assertTrue(ImportNoteText.say(message).endsWith("3 行的工单类型不是本应用认识的类型（申告 ×2, 投诉建议 ×1）：已保存，但不算作抱怨"
                + "——若它们是抱怨，请在方案的取值映射里对应"), ImportNoteText.say(message));
        Messages.use(java.util.Locale.ENGLISH);
        assertTrue(ImportNoteText.say(message).endsWith("3 row(s) had a ticket type that is no kind the app knows"
                + " (申告 ×2, 投诉建议 ×1): stored, but not counted as complaints — map the words in the profile's values if they are"),
                ImportNoteText.say(message));
    }

    @Test
    void ticketsWithoutATypeAndColumnsNotReadAreSaidWithTheirCountsAndNames() {
        String message = String.join("; ", ImportNote.KIND_DEFAULTED.text("2,385 rows"),
                ImportNote.COLUMNS_NOT_READ.text("43 columns", "Agency Name, Location Type …"));
        assertEquals(List.of(ImportNote.KIND_DEFAULTED, ImportNote.COLUMNS_NOT_READ),
                ImportNote.parse(message).stream().map(ImportNote.Parsed::note).toList());
        Messages.use(Messages.CHINESE);
        assertEquals("2,385 行没有工单类型（文件里没有这一列，或单元格为空）：按缺省算作抱怨——若文件里有类型列，请在方案中写明\n"
                + "43 列未读取：Agency Name, Location Type …", ImportNoteText.say(message));
        Messages.use(java.util.Locale.ENGLISH);
        assertTrue(ImportNoteText.say(message).endsWith("\n43 column(s) not read: Agency Name, Location Type …"),
                ImportNoteText.say(message));
    }

    @Test
    void satisfactionsInWordsAreSaidWithTheirWordsAndTheWayToKeepThem() {
        String message = ImportNote.SATISFACTION_WORDS.text("3 rows", "满意 ×2, 不满意 ×1");
        assertEquals(ImportNote.SATISFACTION_WORDS, ImportNote.parse(message).get(0).note());
        Messages.use(Messages.CHINESE);
        assertEquals("3 行的满意度不是数字（满意 ×2, 不满意 ×1）：已保存，但不记分——若要保留，请在方案的取值映射里把这些词对应为分数",
                ImportNoteText.say(message));
        Messages.use(java.util.Locale.ENGLISH);
        assertEquals("3 row(s) had a satisfaction that is no number (满意 ×2, 不满意 ×1): stored without a score — map the"
                + " words to scores in the profile's values to keep them", ImportNoteText.say(message));
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
    void unreadableAndDamagedFilesAreRefusedInTheWindowsLanguageWithTheLibrarysDetail() {
        String truncated = ImportNote.XLSX_DAMAGED.text("月报.xlsx", "Truncated ZIP file (entry: xl/worksheets/sheet1.xml). Retry");
        String bomb = ImportNote.ZIP_BOMB.text("zip-bomb.xlsx");
        String xls = ImportNote.XLS_DAMAGED.text("旧表.xls", "Invalid header signature; read 0x0, expected 0xE11AB1A1E011CFD0");
        String gone = ImportNote.CANNOT_READ.text("x.csv", "no permission to read it");
        String gbk = ImportNote.NOT_READABLE_AS.text("x.csv", "GB18030", "Input length = 1");
        String csv = ImportNote.CSV_UNREADABLE.text("x.csv", 12, "Field too long");
        java.util.Map<ImportNote, String> refusals = java.util.Map.of(ImportNote.XLSX_DAMAGED, truncated, ImportNote.ZIP_BOMB,
                bomb, ImportNote.XLS_DAMAGED, xls, ImportNote.CANNOT_READ, gone, ImportNote.NOT_READABLE_AS, gbk,
                ImportNote.CSV_UNREADABLE, csv);
        refusals.forEach((note, text) -> assertEquals(note, ImportNote.parseWhole(text).orElseThrow().note(), text));
        Messages.use(Messages.CHINESE);
        assertEquals("月报.xlsx：不是可读的 XLSX 工作簿（已损坏或不完整：Truncated ZIP file (entry: xl/worksheets/sheet1.xml). Retry）。"
                + "请在 Excel 中重新保存后再导入；未导入任何内容。", ImportNoteText.say(truncated));
        assertEquals("zip-bomb.xlsx：解压后远大于任何 Excel 文件，疑为压缩炸弹，已拒绝；未导入任何内容。", ImportNoteText.say(bomb));
        assertTrue(ImportNoteText.say(xls).startsWith("旧表.xls：不是可读的 XLS 工作簿（Invalid header signature;"), ImportNoteText.say(xls));
        assertEquals("x.csv：无法读取（no permission to read it）", ImportNoteText.say(gone));
        assertEquals("x.csv：文件不存在（/data/x.csv）", ImportNoteText.say(ImportNote.NO_SUCH_FILE.text("x.csv", "/data/x.csv")));
        assertEquals("x.csv：无法按 GB18030 文本读取（Input length = 1），未导入任何内容", ImportNoteText.say(gbk));
        assertEquals("x.csv 第 12 行：无法按 CSV 读取（Field too long），未导入任何内容", ImportNoteText.say(csv));
        Messages.use(java.util.Locale.ENGLISH);
        refusals.values().forEach(text -> assertEquals(text, ImportNoteText.say(text), "the English words are the stored ones"));
    }

    @Test
    void aFileBeyondTheLimitsIsRefusedInTheWindowsLanguageWithItsSheetWhenItHasOne() {
        String inSheet = ImportNote.CELL_TOO_LONG_IN_SHEET.text("区县.xlsx", "龙华", 7, 3, "40,000", "32,767");
        String inCsv = ImportNote.CELL_TOO_LONG.text("long.csv", 7, 3, "40,000", "32,767");
        assertEquals(ImportNote.CELL_TOO_LONG_IN_SHEET, ImportNote.parseWhole(inSheet).orElseThrow().note());
        assertEquals(ImportNote.CELL_TOO_LONG, ImportNote.parseWhole(inCsv).orElseThrow().note());
        Messages.use(Messages.CHINESE);
        assertEquals("区县.xlsx 工作表 龙华 第 7 行第 3 列：单元格有 40,000 个字符，超过 Excel 的上限 32,767，未导入任何内容",
                ImportNoteText.say(inSheet));
        assertEquals("wide.csv 第 2 行：有 1,001 列，超过工单导出最多的 1,000 列，未导入任何内容",
                ImportNoteText.say(ImportNote.TOO_MANY_COLUMNS.text("wide.csv", 2, "1,001", "1,000")));
        assertEquals("区县.xlsx 工作表 汇总 第 2 行：有 1,001 列，超过工单导出最多的 1,000 列，未导入任何内容",
                ImportNoteText.say(ImportNote.TOO_MANY_COLUMNS_IN_SHEET.text("区县.xlsx", "汇总", 2, "1,001", "1,000")));
        Messages.use(java.util.Locale.ENGLISH);
        assertEquals(inCsv, ImportNoteText.say(inCsv), "the English words are the stored ones");
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
