package org.rectify.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Names stored as integer codes come back exactly, and a store of version 13 keeps its roll-up figures. */
class NameCodesTest {

    /** Names that differ only in case, width, spacing or Unicode form, Chinese, and an emoji. */
    private static final List<String> NAMES = List.of("龙华", "龍華", "Comcast", "comcast", "COMCAST", "ＣＯＭＣＡＳＴ",
            "a b", "a  b", " a b", "café", "cafe\u0301", "网速慢 (5G)", "宽带\t故障", "😀 表情", "'; DROP TABLE x; --");

    @TempDir
    Path folder;

    @Test
    void everyDistinctNameRoundTripsExactlyThroughItsCode() throws SQLException {
        try (Store store = Store.open(folder); Connection c = store.connectForImport()) {
            c.setAutoCommit(false);
            NameCodes names = NameCodes.load(c);
            Map<String, Integer> given = new LinkedHashMap<>();
            for (String name : NAMES) {
                given.put(name, names.code(name));
            }
            assertEquals(NAMES.size(), new HashSet<>(given.values()).size(), "one code per distinct name");
            assertEquals(NameCodes.BLANK, names.code(""));
            assertEquals(NameCodes.BLANK, names.code(null));
            given.values().forEach(code -> assertNotEquals(NameCodes.BLANK, code));
            given.forEach((name, code) -> assertEquals(name, names.name(code), "given now, read back by its code"));
            names.writeNew(c);
            c.commit();

            NameCodes reloaded = NameCodes.load(c);
            try (PreparedStatement st = c.prepareStatement("SELECT " + NameCodes.nameOf("?1") + ", "
                    + NameCodes.codeOf("?2"))) {
                for (Map.Entry<String, Integer> e : given.entrySet()) {
                    assertEquals(e.getValue(), reloaded.code(e.getKey()), "same code after reloading: " + e.getKey());
                    assertEquals(e.getKey(), reloaded.name(e.getValue()), "stored, read back by its code");
                    st.setInt(1, e.getValue());
                    st.setString(2, e.getKey());
                    try (ResultSet rs = st.executeQuery()) {
                        assertEquals(e.getKey(), rs.getString(1), "the name of its code, byte for byte");
                        assertEquals(e.getValue(), rs.getInt(2), "the code of its name");
                    }
                }
            }
            assertEquals(NAMES.size() + 1, scalar(c, "SELECT count(*) FROM name_code"));
        }
    }

    /**
     * A batch's new names are given codes by how many of its rows hold them, whatever thread meets them
     * first: the names most rows hold are stored in one byte, and two stores of one file are alike.
     */
    @Test
    void aBatchsNewNamesAreCodedTheMostUsedFirst() throws SQLException {
        List<org.rectify.domain.Ticket> batch = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            // 已归档 in six rows, 王伟 in four, 龙华 in three, 坪山 and the rest in fewer
            batch.add(new org.rectify.domain.Ticket("T" + i, java.time.LocalDateTime.of(2014, 5, 3, 9, 0), null,
                    i < 3 ? "龙华" : "坪山", null, org.rectify.domain.TicketKind.COMPLAINT, null, null, "问题" + i, null, null, null,
                    org.rectify.domain.TicketStatus.CLOSED, "已归档", i < 4 ? "王伟" : null, null, null, null));
        }
        try (Store store = Store.open(folder); Connection c = store.connectForImport()) {
            c.setAutoCommit(false);
            NameCodes names = NameCodes.load(c);
            assertEquals(true, names.giveByUse(batch));
            assertEquals(List.of(1, 2, 3, 4, 5), List.of(names.code("已归档"), names.code("王伟"), names.code("龙华"),
                    names.code("坪山"), names.code("问题0")), "by rows held, ties as met");
            assertEquals(false, names.giveByUse(batch), "nothing new the second time");
        }
    }

    @Test
    void aNameNoCodeHasMatchesNoRoll_upRow() throws SQLException {
        try (Store store = Store.open(folder); Connection c = store.connect();
             PreparedStatement st = c.prepareStatement("SELECT " + NameCodes.codeOf("?1") + " IS NULL")) {
            st.setString(1, "never seen");
            try (ResultSet rs = st.executeQuery()) {
                assertEquals(1, rs.getInt(1));
            }
        }
    }

    @Test
    void aVersion13StoreKeepsItsRoll_upFiguresUnderCodes() throws SQLException {
        try (Store v13 = Store.open(folder, 13)) {
            assertEquals(13, v13.schemaVersion());
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve(DataFolder.STORE_FILE));
             Statement st = c.createStatement()) {
            String[] districts = {"龙华", "坪山", "Longhua"};
            String[] problems = {"Comcast", "comcast", "ＣＯＭＣＡＳＴ", "网速慢", null};
            String[] centers = {"大浪服务中心", null, "观澜"};
            for (int i = 0; i < 60; i++) {
                st.executeUpdate(String.format("""
                        INSERT INTO ticket (ticket_id, created_at, closed_at, district, service_center, kind, category,
                                            problem, channel, escalation_channel, first_contact_resolved, status, subscriber)
                        VALUES ('T%d', '2014-0%d-1%d 10:00:00', %s, '%s', %s, '%s', %s, %s, %s, %s, %s, 'closed', '1380000%04d')""",
                        i, 1 + i % 3, i % 7, i % 4 == 0 ? "NULL" : "'2014-0" + (1 + i % 3) + "-2" + (i % 5) + " 09:00:00'",
                        districts[i % 3], quote(centers[i % 3]), i % 9 == 0 ? "consultation" : "complaint",
                        quote(i % 5 == 0 ? null : "网络质量"), quote(problems[i % 5]), quote(i % 2 == 0 ? "营业厅" : "10000号"),
                        quote(i % 6 == 0 ? "工信部" : null), i % 3 == 0 ? "NULL" : String.valueOf(i % 2), i % 11));
            }
            // The version-13 repeat flags and roll-ups, as that version's rebuild wrote them (by name).
            for (String sql : SqlScripts.statements("V10__repeat_flags.sql")) {
                st.executeUpdate(sql);
            }
            st.executeUpdate("""
                    INSERT INTO rollup_complaint (day, district, category, problem, channel, escalation_channel, tickets, repeats)
                    SELECT substr(created_at, 1, 10), district, coalesce(category, ''), coalesce(problem, ''),
                           coalesce(channel, ''), coalesce(escalation_channel, ''), count(*), sum(is_repeat)
                    FROM ticket WHERE kind = 'complaint' GROUP BY 1, 2, 3, 4, 5, 6""");
            st.executeUpdate("""
                    INSERT INTO rollup_closure (day, district, service_center, category, resolved_first, flag_known)
                    SELECT substr(closed_at, 1, 10), district, coalesce(service_center, ''), coalesce(category, ''),
                           count(CASE WHEN first_contact_resolved = 1 THEN 1 END), count(first_contact_resolved)
                    FROM ticket WHERE kind = 'complaint' AND closed_at IS NOT NULL GROUP BY 1, 2, 3, 4""");
        }
        Map<String, List<String>> migrated;
        Map<String, List<String>> rebuilt;
        try (Store latest = Store.open(folder)) {
            migrated = rollupsByName(latest);
            assertEquals(60 - 7, count(latest, "SELECT sum(tickets) FROM rollup_channel_day"), "every complaint counted");
            new Rollups(latest).rebuild();
            rebuilt = rollupsByName(latest);
        }
        assertEquals(rebuilt, migrated);
        assertNotEquals(0, migrated.get("rollup_channel_day").stream().filter(row -> !row.endsWith("|0|")).count(),
                "some repeats were counted");
    }

    private static String quote(String value) {
        return value == null ? "NULL" : "'" + value + "'";
    }

    /** Every roll-up row with its codes turned back into names, per table. */
    private static Map<String, List<String>> rollupsByName(Store store) throws SQLException {
        Map<String, String> tables = Map.of(
                "rollup_channel_day", "day, %s, %s, %s, tickets, repeats".formatted(n("channel_code"),
                        n("category_code"), n("escalation_code")),
                "rollup_channel_problem_month", "month, %s, %s, tickets".formatted(n("channel_code"), n("problem_code")),
                "rollup_closure", "day, %s, %s, %s, resolved_first, flag_known".formatted(n("district_code"),
                        n("center_code"), n("category_code")),
                "rollup_category_day", "day, %s, %s, tickets, repeats".formatted(n("district_code"), n("category_code")),
                "rollup_escalation_day", "day, %s, %s, %s, tickets".formatted(n("district_code"), n("category_code"),
                        n("escalation_code")),
                "rollup_problem_month", "month, %s, %s, %s, tickets".formatted(n("district_code"), n("category_code"),
                        n("problem_code")),
                "rollup_problem_week", "week_start, %s, %s, %s, tickets".formatted(n("district_code"), n("category_code"),
                        n("problem_code")),
                "rollup_closure_day", "day, %s, %s, resolved_first, flag_known".formatted(n("district_code"),
                        n("category_code")));
        Map<String, List<String>> rows = new TreeMap<>();
        try (Connection c = store.connect(); Statement st = c.createStatement()) {
            for (Map.Entry<String, String> table : tables.entrySet()) {
                List<String> lines = new ArrayList<>();
                try (ResultSet rs = st.executeQuery("SELECT " + table.getValue() + " FROM " + table.getKey())) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        StringBuilder line = new StringBuilder();
                        for (int i = 1; i <= columns; i++) {
                            line.append(rs.getString(i)).append('|');
                        }
                        lines.add(line.toString());
                    }
                }
                lines.sort(null);
                rows.put(table.getKey(), lines);
            }
        }
        return rows;
    }

    private static String n(String column) {
        return NameCodes.nameOf(column);
    }

    private static long count(Store store, String sql) throws SQLException {
        try (Connection c = store.connect()) {
            return scalar(c, sql);
        }
    }

    private static long scalar(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.getLong(1);
        }
    }
}
