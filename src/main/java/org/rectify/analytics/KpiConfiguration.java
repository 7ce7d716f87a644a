package org.rectify.analytics;

import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.rectify.domain.SubscriberCount;
import org.rectify.store.KpiSettings;
import org.rectify.store.ReferenceData;
import org.rectify.store.RollupQueries;
import org.rectify.store.Rollups;
import org.rectify.store.Settings;

/**
 * The settings the KPIs are computed with, read and changed with their rules: a target is a
 * percentage for shares (0–100) and a non-negative number for counts and rates; the supervision
 * threshold lies below the self-check one; a subscriber count is a whole number ≥ 0; the repeat
 * window is 1–365 days and changing it recomputes every repeat flag. A change that breaks a rule
 * is refused with the rule in words and changes nothing.
 */
public final class KpiConfiguration {

    /** The roles a category can have, and the groups of escalation channels (DESIGN 3.1). */
    public static final List<String> ROLES = List.of("billing_dispute", "install_repair", "channel_service");
    public static final List<String> GROUPS = List.of("major", "regulator");
    public static final String REPEAT_WINDOW = "repeat.window_days";

    /** A change refused: {@code key} names the rule (for the UI's words), {@code args} its values. */
    public static final class Refused extends IllegalArgumentException {
        private final String key;
        private final transient Object[] args;

        Refused(String key, String english, Object... args) {
            super(english);
            this.key = key;
            this.args = args;
        }

        public String key() {
            return key;
        }

        public Object[] args() {
            return args.clone();
        }
    }

    private final KpiSettings kpiSettings;
    private final ReferenceData referenceData;
    private final RollupQueries rollups;
    private final Settings settings;
    private final Rollups rebuild;

    public KpiConfiguration(KpiSettings kpiSettings, ReferenceData referenceData, RollupQueries rollups, Settings settings,
                            Rollups rebuild) {
        this.kpiSettings = kpiSettings;
        this.referenceData = referenceData;
        this.rollups = rollups;
        this.settings = settings;
        this.rebuild = rebuild;
    }

    public KpiSettings.Values values() {
        return kpiSettings.load();
    }

    public List<String> categories() {
        return rollups.names().categories().stream().filter(c -> !c.isBlank()).toList();
    }

    public List<String> escalationChannels() {
        return rollups.names().escalationChannels();
    }

    public List<String> districts() {
        return referenceData.districts();
    }

    public List<SubscriberCount> subscriberCounts() {
        return referenceData.subscriberCounts();
    }

    public int repeatWindowDays() {
        return settings.get(REPEAT_WINDOW).map(Integer::parseInt).orElse(30);
    }

    /**
     * A metric's target as the user types it: percent for a share or rate, a count otherwise; blank
     * removes it. Returns the stored value (a fraction for shares).
     */
    public Double setTarget(Metric metric, String text) {
        if (text == null || text.isBlank()) {
            kpiSettings.saveTarget(metric.key(), null);
            return null;
        }
        double value = number(text, "target");
        boolean share = metric.kind() == Metric.Kind.SHARE;
        if (share && (value < 0 || value > 100)) {
            throw new Refused("settings.refused.percent", "A target of a share is a percentage from 0 to 100, not " + text, text);
        }
        if (!share && value < 0) {
            throw new Refused("settings.refused.negative", "A target of a count cannot be negative: " + text, text);
        }
        double stored = share ? value / 100 : value;
        kpiSettings.saveTarget(metric.key(), stored);
        return stored;
    }

    /** The QC thresholds in percent: supervision below {@code supportMin}, self-check from {@code selfCheckMin}. */
    public void setThresholds(String selfCheckMin, String supportMin) {
        double selfCheck = number(selfCheckMin, "self-check threshold");
        double support = number(supportMin, "support threshold");
        if (!(support > 0 && support < selfCheck && selfCheck <= 100)) {
            throw new Refused("settings.refused.thresholds", "The thresholds must satisfy 0 < support (" + supportMin
                    + ") < self-check (" + selfCheckMin + ") ≤ 100", supportMin, selfCheckMin);
        }
        kpiSettings.saveThresholds(selfCheck / 100, support / 100);
    }

    /** A category's role, or none (null). */
    public void setRole(String category, String role) {
        if (role != null && !ROLES.contains(role)) {
            throw new Refused("settings.refused.role", "Unknown role " + role, role);
        }
        kpiSettings.saveCategoryRole(category, role);
    }

    /** The groups an escalation channel counts in (major, regulator); a new channel name is added. */
    public void setGroups(String channel, Set<String> groups) {
        if (channel == null || channel.isBlank()) {
            throw new Refused("settings.refused.channel", "An escalation channel needs a name");
        }
        if (!GROUPS.containsAll(groups)) {
            throw new Refused("settings.refused.group", "Unknown group in " + groups, groups.toString());
        }
        kpiSettings.saveChannelGroups(channel.strip(), groups);
    }

    /** One district's subscribers of one month, as typed: a whole number ≥ 0. */
    public void setSubscribers(YearMonth month, String district, String text) {
        long count;
        try {
            count = Long.parseLong(text.strip().replace(",", "").replace("，", ""));
        } catch (NumberFormatException e) {
            throw new Refused("settings.refused.subscribers", "Subscribers are a whole number, not " + text, text);
        }
        if (count < 0) {
            throw new Refused("settings.refused.subscribers", "Subscribers cannot be negative: " + text, text);
        }
        referenceData.saveSubscriberCounts(List.of(new SubscriberCount(month, district, count)));
    }

    /**
     * The repeat window in days (1–365); every repeat flag and roll-up is recomputed with it,
     * which takes a while on a large store (run it off the screen's thread).
     */
    public void setRepeatWindow(String text) {
        int days;
        try {
            days = Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new Refused("settings.refused.window", "The repeat window is a whole number of days, not " + text, text);
        }
        if (days < 1 || days > 365) {
            throw new Refused("settings.refused.window", "The repeat window is 1 to 365 days, not " + text, text);
        }
        if (days == repeatWindowDays()) {
            return;
        }
        settings.set(REPEAT_WINDOW, Integer.toString(days));
        rebuild.rebuild();
    }

    private static double number(String text, String what) {
        try {
            return Double.parseDouble(text.strip().replace("%", "").replace("％", ""));
        } catch (NumberFormatException | NullPointerException e) {
            throw new Refused("settings.refused.number", "The " + what + " must be a number, not " + text, text);
        }
    }
}
