package org.rectify.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rectify.domain.RowProblem;
import org.rectify.ui.i18n.Messages;

/** A stored reason read back and said in the UI's language; every template has its words in both bundles. */
class RowProblemTextTest {

    @AfterEach
    void chinese() {
        Messages.use(Messages.CHINESE);
    }

    @Test
    void everyTemplateReadsBackItsValues() {
        for (RowProblem problem : RowProblem.values()) {
            String text = problem.text("A 1", "sheet 龙华, row 2", "row 9");
            RowProblem.Parsed parsed = RowProblem.parse(text).orElseThrow(() -> new AssertionError(text));
            assertEquals(problem, parsed.problem(), text);
        }
        assertTrue(RowProblem.parse("some other words").isEmpty());
    }

    @Test
    void aReasonIsSaidInTheUisLanguageWithItsPositions() throws Exception {
        Messages.use(Messages.CHINESE);
        assertEquals("受理时间“五月中旬”不是日期时间", RowProblemText.say(RowProblem.BAD_CREATION_TIME.text("五月中旬")));
        assertEquals("本文件中工单号重复：工单 T7 已在工作表 龙华 第 2 行读入（保留），第 9 行未导入",
                RowProblemText.say(RowProblem.DUPLICATE_ID.text("T7", "sheet 龙华, row 2", "row 9")));
        assertEquals("a reason of another kind", RowProblemText.say("a reason of another kind"));
        Messages.use(java.util.Locale.ENGLISH);
        assertEquals("closing time 2014-05-01 is before the creation time 2014-05-02",
                RowProblemText.say(RowProblem.CLOSED_BEFORE_CREATED.text("2014-05-01", "2014-05-02")));
        for (String bundle : List.of("messages_zh_CN.properties", "messages_en.properties")) {
            Properties words = new Properties();
            try (InputStream in = Messages.class.getResourceAsStream(bundle)) {
                words.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            }
            for (String key : RowProblemText.keys()) {
                assertTrue(words.containsKey(key), bundle + " lacks " + key);
            }
        }
    }
}
