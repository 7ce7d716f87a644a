package org.rectify.report.pack;

import java.util.Locale;
import org.rectify.analytics.KpiValue;
import org.rectify.analytics.Metric;
import org.rectify.analytics.QcTier;
import org.rectify.checklist.ItemRow;
import org.rectify.checklist.Verification;
import org.rectify.domain.ItemKind;

/** The meeting pack's words and number formats: Chinese, as the meeting and the mail that follows it are. */
final class PackTexts {

    private PackTexts() {
    }

    static String metric(Metric m) {
        return switch (m) {
            case COMPLAINTS -> "抱怨量";
            case COMPLAINTS_PER_1000 -> "千人抱怨率";
            case FIRST_CONTACT_RESOLUTION -> "一次性解决率";
            case ESCALATIONS_MAJOR -> "越级投诉（五大渠道）";
            case ESCALATIONS_REGULATOR -> "越级投诉（工信、通管）";
            case BILLING_DISPUTE_SHARE -> "费用争议占比";
            case INSTALL_REPAIR_COMPLAINTS -> "装维抱怨量";
            case TOP_PROBLEM_SHARE -> "TOP问题占比";
            case REPEAT_COMPLAINT_SHARE -> "重复抱怨占比";
        };
    }

    /** A value as the dashboard shows it: counts whole, rates with two decimals, shares in per cent; "—" when there is none. */
    static String value(Metric m, Double v) {
        if (v == null) {
            return "—";
        }
        return switch (m.kind()) {
            case COUNT -> String.format(Locale.ROOT, "%,d", Math.round(v));
            case RATE -> String.format(Locale.ROOT, "%.2f", v);
            case SHARE -> String.format(Locale.ROOT, "%.2f%%", v * 100);
        };
    }

    /** Year on year: a relative change in per cent, or a difference of shares in percentage points. */
    static String change(Metric m, KpiValue v) {
        if (v == null || v.change() == null) {
            return "—";
        }
        return m.change() == Metric.Change.RELATIVE ? String.format(Locale.ROOT, "%+.1f%%", v.change() * 100)
                : String.format(Locale.ROOT, "%+.2f个百分点", v.change() * 100);
    }

    static String tier(QcTier tier) {
        return tier == null ? "—" : tier.chinese();
    }

    static String kind(ItemKind kind) {
        return switch (kind) {
            case PROBLEM -> "问题";
            case TICKET -> "逐单分析";
            case MANUAL -> "会议新增";
        };
    }

    static String level(ItemRow r) {
        return r.level() == 0 ? "" : r.level() + "级督办";
    }

    static String effect(Verification v) {
        String state = switch (v.state()) {
            case NONE -> "";
            case PENDING -> "待观察";
            case VERIFIED -> "已验证有效";
            case REBOUND -> "反弹";
            case NOT_MET -> "未达目标";
            case FLAGGED -> "30天内再次投诉";
        };
        if (v.weeks().isEmpty()) {
            return state;
        }
        return state + "（目标≤" + v.target() + "：" + String.join(" ", v.weeks().stream()
                .map(w -> Long.toString(w.count())).toList()) + "）";
    }

    static String weekTitle(org.rectify.domain.Period week) {
        return week + "（" + week.start() + " 至 " + week.lastDay() + "）";
    }
}
