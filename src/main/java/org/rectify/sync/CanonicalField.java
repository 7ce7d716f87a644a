package org.rectify.sync;

import java.util.List;

/** The fields of a canonical ticket (DESIGN 3.1) with the header of the standard layout (DESIGN 3.4). */
public enum CanonicalField {
    TICKET_ID("ticket_id", "工单号", true),
    CREATED_AT("created_at", "受理时间", true),
    CLOSED_AT("closed_at", "归档时间", false),
    DISTRICT("district", "区分公司", true),
    SERVICE_CENTER("service_center", "服务中心", false),
    KIND("kind", "工单类型", false),
    CATEGORY("category", "投诉大类", false),
    PROBLEM("problem", "问题细类", false),
    CHANNEL("channel", "受理渠道", false),
    ESCALATION_CHANNEL("escalation_channel", "越级渠道", false),
    FIRST_CONTACT_RESOLVED("first_contact_resolved", "一次性解决", false),
    STATUS("status", "处理状态", false),
    OWNER("owner", "责任人", false),
    SUBSCRIBER("subscriber", "用户号码", false),
    SATISFACTION("satisfaction", "满意度", false),
    DESCRIPTION("description", "投诉内容", false);

    private final String key;
    private final String standardHeader;
    private final boolean required;

    CanonicalField(String key, String standardHeader, boolean required) {
        this.key = key;
        this.standardHeader = standardHeader;
        this.required = required;
    }

    public String key() {
        return key;
    }

    public String standardHeader() {
        return standardHeader;
    }

    public boolean required() {
        return required;
    }

    /** The header row of the standard export layout, in order. */
    public static List<String> standardHeaders() {
        return java.util.Arrays.stream(values()).map(CanonicalField::standardHeader).toList();
    }
}
