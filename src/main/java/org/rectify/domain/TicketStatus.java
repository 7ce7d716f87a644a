package org.rectify.domain;

import java.util.Locale;
import java.util.Set;

/** Open or closed; the exported status word is kept beside it. */
public enum TicketStatus {
    OPEN("open"),
    CLOSED("closed");

    private static final Set<String> CLOSED_WORDS = Set.of(
            "已归档", "归档", "已结案", "结案", "已关闭", "关闭", "已完成", "完成", "已办结", "办结",
            "closed", "close", "done", "resolved");

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
        return CLOSED_WORDS.contains(raw.trim().toLowerCase(Locale.ROOT)) ? CLOSED : OPEN;
    }

    public static TicketStatus fromCode(String code) {
        return "closed".equals(code) ? CLOSED : OPEN;
    }
}
