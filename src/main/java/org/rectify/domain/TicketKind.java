package org.rectify.domain;

import java.util.Locale;
import java.util.Map;

/** 工单类型. Only complaints count in the KPIs. */
public enum TicketKind {
    COMPLAINT("complaint"),
    CONSULTATION("consultation"),
    SUGGESTION("suggestion"),
    PRAISE("praise"),
    REPORT("report"),
    OTHER("other");

    private static final Map<String, TicketKind> WORDS = Map.ofEntries(
            Map.entry("抱怨", COMPLAINT), Map.entry("投诉", COMPLAINT), Map.entry("本地抱怨", COMPLAINT),
            Map.entry("complaint", COMPLAINT),
            Map.entry("咨询", CONSULTATION), Map.entry("consultation", CONSULTATION),
            Map.entry("建议", SUGGESTION), Map.entry("suggestion", SUGGESTION),
            Map.entry("表扬", PRAISE), Map.entry("praise", PRAISE),
            Map.entry("举报", REPORT), Map.entry("report", REPORT));

    private final String code;

    TicketKind(String code) {
        this.code = code;
    }

    /** The value stored in the database and printed by the command line. */
    public String code() {
        return code;
    }

    /** Reads an exported 工单类型; blank means complaint (the default of DESIGN 3.1). */
    public static TicketKind fromRaw(String raw) {
        if (raw == null || raw.isBlank()) {
            return COMPLAINT;
        }
        return WORDS.getOrDefault(raw.trim().toLowerCase(Locale.ROOT), OTHER);
    }

    public static TicketKind fromCode(String code) {
        for (TicketKind kind : values()) {
            if (kind.code.equals(code)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown ticket kind code: " + code);
    }
}
