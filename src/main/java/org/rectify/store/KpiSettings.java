package org.rectify.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** The reference settings the KPIs need: category roles, escalation channel groups, targets, QC thresholds. */
public final class KpiSettings {

    /** Category names per role (billing_dispute, install_repair, channel_service). */
    public record Values(Map<String, Set<String>> categoriesByRole, Map<String, Set<String>> channelsByGroup,
                         Map<String, Double> targets, double selfCheckMin, double supportMin) {

        public Set<String> categories(String role) {
            return categoriesByRole.getOrDefault(role, Set.of());
        }

        public Set<String> channels(String group) {
            return channelsByGroup.getOrDefault(group, Set.of());
        }
    }

    private final Store store;

    public KpiSettings(Store store) {
        this.store = store;
    }

    public Values load() {
        try (Connection c = store.connectForReading()) {
            Map<String, Set<String>> roles = pairs(c, "SELECT role, category FROM category_role");
            Map<String, Set<String>> groups = pairs(c, "SELECT group_name, channel FROM escalation_group");
            Map<String, Double> targets = new HashMap<>();
            try (PreparedStatement st = c.prepareStatement("SELECT metric, target FROM kpi_target");
                 ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    targets.put(rs.getString(1), rs.getDouble(2));
                }
            }
            Settings settings = new Settings(store);
            double selfCheck = Double.parseDouble(settings.get("qc.self_check_min").orElse("0.95"));
            double support = Double.parseDouble(settings.get("qc.support_min").orElse("0.93"));
            return new Values(roles, groups, targets, selfCheck, support);
        } catch (SQLException e) {
            throw new StoreException("Cannot read the KPI settings: " + e.getMessage(), e);
        }
    }

    /** Sets a metric's target (a fraction for shares and rates, a count for counts), or removes it (null). */
    public void saveTarget(String metric, Double target) {
        store.requireWriter();
        try (Connection c = store.connect()) {
            if (target == null) {
                try (PreparedStatement st = c.prepareStatement("DELETE FROM kpi_target WHERE metric = ?")) {
                    st.setString(1, metric);
                    st.executeUpdate();
                }
            } else {
                try (PreparedStatement st = c.prepareStatement("INSERT INTO kpi_target (metric, target) VALUES (?, ?)"
                        + " ON CONFLICT (metric) DO UPDATE SET target = excluded.target")) {
                    st.setString(1, metric);
                    st.setDouble(2, target);
                    st.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot save the target of " + metric + ": " + e.getMessage(), e);
        }
    }

    /** The QC tier thresholds (fractions), both in one transaction. */
    public void saveThresholds(double selfCheckMin, double supportMin) {
        store.requireWriter();
        try (Connection c = store.connect()) {
            c.setAutoCommit(false);
            try (PreparedStatement st = c.prepareStatement("INSERT INTO setting (key, value) VALUES (?, ?)"
                    + " ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
                st.setString(1, "qc.self_check_min");
                st.setString(2, Double.toString(selfCheckMin));
                st.executeUpdate();
                st.setString(1, "qc.support_min");
                st.setString(2, Double.toString(supportMin));
                st.executeUpdate();
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot save the QC thresholds: " + e.getMessage(), e);
        }
    }

    /** A category's role (billing_dispute, install_repair, channel_service), or none (null). */
    public void saveCategoryRole(String category, String role) {
        replacePairs("DELETE FROM category_role WHERE category = ?", "INSERT INTO category_role (category, role) VALUES (?, ?)",
                category, role == null ? Set.of() : Set.of(role), "the role of " + category);
    }

    /** The escalation groups (major, regulator) a channel belongs to; an empty set takes it out of both. */
    public void saveChannelGroups(String channel, Set<String> groups) {
        replacePairs("DELETE FROM escalation_group WHERE channel = ?",
                "INSERT INTO escalation_group (channel, group_name) VALUES (?, ?)", channel, groups, "the groups of " + channel);
    }

    /** In one transaction: the rows of {@code key} deleted, then one row (key, value) per value inserted. */
    private void replacePairs(String delete, String insert, String key, Set<String> values, String what) {
        store.requireWriter();
        try (Connection c = store.connect()) {
            c.setAutoCommit(false);
            try (PreparedStatement deleting = c.prepareStatement(delete); PreparedStatement inserting = c.prepareStatement(insert)) {
                deleting.setString(1, key);
                deleting.executeUpdate();
                for (String value : values) {
                    inserting.setString(1, key);
                    inserting.setString(2, value);
                    inserting.executeUpdate();
                }
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot save " + what + ": " + e.getMessage(), e);
        }
    }

    private static Map<String, Set<String>> pairs(Connection c, String sql) throws SQLException {
        Map<String, Set<String>> map = new HashMap<>();
        try (PreparedStatement st = c.prepareStatement(sql); ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                map.computeIfAbsent(rs.getString(1), k -> new HashSet<>()).add(rs.getString(2));
            }
        }
        return map;
    }
}
