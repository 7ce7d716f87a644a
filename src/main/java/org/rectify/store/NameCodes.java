package org.rectify.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.rectify.domain.Ticket;

/**
 * The codes of names (districts, categories, problems, channels, service centers) in one import's
 * transaction: the stored ones read at its start, new ones given in memory and written with the
 * roll-ups. Only the import holding the writer lock gives codes, so the next free code is known.
 * A name keeps its exact spelling: binary comparison, as the name_code table's UNIQUE key.
 */
final class NameCodes {

    /** The blank name: a dimension not given. */
    static final int BLANK = 0;

    /** Read without a lock by the import's two threads (binding the rows, summing the roll-ups). */
    private final Map<String, Integer> codes = new ConcurrentHashMap<>();
    /** The other way round, for reading stored tickets back without SQLite looking up each name. */
    private final Map<Integer, String> namesByCode = new ConcurrentHashMap<>();
    private final List<String> added = new ArrayList<>();
    private int next;

    private NameCodes() {
    }

    /** SQL for the name of the code in {@code column} (a fixed column name, never a value). */
    static String nameOf(String column) {
        return "(SELECT name FROM name_code WHERE code = " + column + ")";
    }

    /** SQL for the code of the name bound at {@code parameter} (such as ?3): NULL, matching no row, when no code has it. */
    static String codeOf(String parameter) {
        return "(SELECT code FROM name_code WHERE name = " + parameter + ")";
    }

    static NameCodes load(Connection c) throws SQLException {
        NameCodes names = new NameCodes();
        try (PreparedStatement st = c.prepareStatement("SELECT code, name FROM name_code");
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                int code = rs.getInt(1);
                names.codes.put(rs.getString(2), code);
                names.namesByCode.put(code, rs.getString(2));
                names.next = Math.max(names.next, code + 1);
            }
        }
        names.codes.put("", BLANK);
        return names;
    }

    /** The name of a code this import knows (stored or given), or null. */
    String name(int code) {
        return namesByCode.get(code);
    }

    /** The code of a name, given now when the store has none yet; null and '' are {@link #BLANK}. */
    int code(String name) {
        if (name == null || name.isEmpty()) {
            return BLANK;
        }
        Integer code = codes.get(name);
        return code != null ? code : give(name);
    }

    /**
     * The code of a name in a ticket row: null where the name is not given. The same Integer each time,
     * bound with setObject: a million rows bind ten codes each without boxing one.
     */
    Integer nullableCode(String name) {
        if (name == null || name.isEmpty()) {
            return null;
        }
        Integer code = codes.get(name);
        return code != null ? code : give(name);
    }

    /** {@link #code} as the Integer kept for the name (no boxing). */
    Integer boxedCode(String name) {
        Integer code = nullableCode(name);
        return code != null ? code : BLANK;
    }

    /**
     * Gives the names of a batch that have no code yet, the most used first (then as met), and says whether
     * there were any. Called by the writer before the batch is shared with the roll-up sums, so that codes
     * do not follow which of the two threads meets a name first, and the names most rows hold get the codes
     * below 128, which SQLite stores in one byte (the two threads' race had cost a 1M store 3.6 MB, 1.7 %).
     */
    boolean giveByUse(List<Ticket> batch) {
        Map<String, int[]> uses = new java.util.LinkedHashMap<>();
        for (Ticket t : batch) {
            for (String name : new String[] {t.district(), t.serviceCenter(), t.kindRaw(), t.category(), t.problem(),
                    t.channel(), t.escalationChannel(), t.statusRaw(), t.owner()}) {
                if (name != null && !name.isEmpty() && !codes.containsKey(name)) {
                    uses.computeIfAbsent(name, k -> new int[1])[0]++;
                }
            }
        }
        List<Map.Entry<String, int[]>> order = new ArrayList<>(uses.entrySet());
        order.sort((a, b) -> Integer.compare(b.getValue()[0], a.getValue()[0])); // stable: ties stay as met
        order.forEach(e -> give(e.getKey()));
        return !order.isEmpty();
    }

    private synchronized Integer give(String name) {
        Integer code = codes.get(name);
        if (code != null) {
            return code; // the other thread gave it meanwhile
        }
        Integer given = next++;
        codes.put(name, given);
        namesByCode.put(given, name);
        added.add(name);
        return given;
    }

    /** Writes the codes given since the last call, inside the caller's transaction. */
    synchronized void writeNew(Connection c) throws SQLException {
        if (added.isEmpty()) {
            return;
        }
        try (PreparedStatement st = c.prepareStatement("INSERT INTO name_code (code, name) VALUES (?, ?)")) {
            for (String name : added) {
                st.setInt(1, codes.get(name));
                st.setString(2, name);
                st.addBatch();
            }
            st.executeBatch();
        }
        added.clear();
    }
}
