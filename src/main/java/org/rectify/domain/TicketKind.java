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

    /** The Chinese word each kind's names hold: 投诉工单, 越级投诉, 业务咨询, 咨询工单 … */
    private static final Map<String, TicketKind> CHINESE_STEMS = Map.of("投诉", COMPLAINT, "抱怨", COMPLAINT,
            "咨询", CONSULTATION, "建议", SUGGESTION, "表扬", PRAISE, "举报", REPORT);

    /**
     * Reads an exported 工单类型; blank means complaint (the default of DESIGN 3.1). A word not known as a
     * whole is read by the one kind's stem it holds (投诉工单, 越级投诉 → complaint); holding none, two kinds'
     * stems (投诉建议) or a negation (非投诉) it is {@link #OTHER}, which the import counts and says.
     */
    public static TicketKind fromRaw(String raw) {
        if (raw == null || raw.isBlank()) {
            return COMPLAINT;
        }
        String word = raw.trim().toLowerCase(Locale.ROOT);
        TicketKind whole = WORDS.get(word);
        if (whole != null) {
            return whole;
        }
        if (word.contains("非")) {
            return OTHER;
        }
        TicketKind found = null;
        for (Map.Entry<String, TicketKind> stem : CHINESE_STEMS.entrySet()) {
            if (word.contains(stem.getKey())) {
                if (found != null && found != stem.getValue()) {
                    return OTHER;
                }
                found = stem.getValue();
            }
        }
        return found != null ? found : OTHER;
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
