package org.rectify.domain;

import java.util.Locale;

/**
 * The status of a checklist item: 未启动 → 整改中 → 待验证 → 已销号, or 无法整改. The English key is
 * stable (store, command line, JSON); the Chinese label is what the XLSX and the UI show.
 */
public enum ItemStatus {
    OPEN("未启动"),
    IN_PROGRESS("整改中"),
    AWAITING_VERIFICATION("待验证"),
    SIGNED_OFF("已销号"),
    CANNOT_FIX("无法整改");

    private final String chinese;

    ItemStatus(String chinese) {
        this.chinese = chinese;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String chinese() {
        return chinese;
    }

    /** Signed off or declared cannot fix: no longer carried over and never overdue. */
    public boolean isClosed() {
        return this == SIGNED_OFF || this == CANNOT_FIX;
    }

    /** Work still to do: the only statuses that can be overdue. */
    public boolean isPending() {
        return this == OPEN || this == IN_PROGRESS;
    }

    /** Accepts the English key ({@code in_progress}) or the Chinese label ({@code 整改中}). */
    public static ItemStatus parse(String text) {
        String s = text == null ? "" : text.strip();
        for (ItemStatus status : values()) {
            if (status.key().equalsIgnoreCase(s) || status.chinese.equals(s)) {
                return status;
            }
        }
        throw new IllegalArgumentException("unknown status '" + s + "': one of open (未启动), in_progress (整改中), "
                + "awaiting_verification (待验证), signed_off (已销号), cannot_fix (无法整改)");
    }
}
