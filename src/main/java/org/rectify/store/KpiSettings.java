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
        try (Connection c = store.connect()) {
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
