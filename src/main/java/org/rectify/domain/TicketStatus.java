package org.rectify.domain;

import java.util.Locale;
import java.util.Set;

/** Open or closed; the exported status word is kept beside it. */
public enum TicketStatus {
    OPEN("open"),
    CLOSED("closed");

    /** Words for a ticket that is dealt with, in Chinese and English exports (compared trimmed, case-insensitive). */
    private static final Set<String> CLOSED_WORDS = Set.of(
            "已归档", "归档", "已结案", "结案", "已关闭", "关闭", "已完成", "完成", "已办结", "办结", "已回复", "已答复",
            "已处理", "处理完毕", "处理完成", "已解决", "解决", "已销号", "已回访", "回访完毕", "已评价",
            "closed", "close", "done", "resolved", "solved", "complete", "completed", "finished", "answered", "fixed",
            "archived", "closed - resolved", "case closed");

    private final String code;

    TicketStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** Reads an exported 处理状态; without one, a ticket with a closing time is closed. */
    public static TicketStatus fromRaw(String raw, boolean hasClosedAt) {
        if (raw == null || raw.isBlank()) {
            return hasClosedAt ? CLOSED : OPEN;
        }
        String word = raw.trim().toLowerCase(Locale.ROOT);
        // "Closed with explanation", "Closed with monetary relief" … (a consumer complaint database's words)
        return CLOSED_WORDS.contains(word) || word.startsWith("closed ") ? CLOSED : OPEN;
    }

    public static TicketStatus fromCode(String code) {
        return "closed".equals(code) ? CLOSED : OPEN;
    }
}
