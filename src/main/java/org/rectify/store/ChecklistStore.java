package org.rectify.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.rectify.domain.ChecklistItem;
import org.rectify.domain.ItemChange;
import org.rectify.domain.Period;
import org.rectify.domain.Timestamps;

/**
 * Checklist items, their history and evidence. Every write of an item writes its history rows in
 * the same transaction, so the history can never miss a change.
 */
public final class ChecklistStore {

    private static final String LISTED = "SELECT " + ChecklistItemRows.COLUMNS + " FROM checklist_item"
            + " WHERE week_start <= ?1 AND (closed_on IS NULL OR closed_on >= ?1) AND (?2 IS NULL OR district = ?2)"
            + " ORDER BY district, week_start, id";
    private static final String BY_ID = "SELECT " + ChecklistItemRows.COLUMNS + " FROM checklist_item WHERE id = ?";
    private static final String OF_DISTRICT = "SELECT " + ChecklistItemRows.COLUMNS + " FROM checklist_item WHERE district = ? ORDER BY id";
    private static final String INSERT = """
            INSERT INTO checklist_item (week, week_start, district, kind, rules, title, category, problem, ticket_id,
                subscriber, baseline, target, owner, reviewer, due, status, cause, action, notes, cannot_fix_reason,
                done_on, closed_on, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            RETURNING id""";
    private static final String UPDATE = """
            UPDATE checklist_item SET title = ?, owner = ?, reviewer = ?, due = ?, status = ?, cause = ?, action = ?,
                notes = ?, cannot_fix_reason = ?, done_on = ?, closed_on = ?, updated_at = ?
            WHERE id = ?""";
    static final String HISTORY = """
            INSERT INTO checklist_history (item_id, changed_at, changed_by, field, old_value, new_value)
            VALUES (?, ?, ?, ?, ?, ?)""";

    /** An item's new state and the history rows that describe how it got there. */
    public record Edit(ChecklistItem after, List<ItemChange> changes) {
    }

    private final Store store;

    public ChecklistStore(Store store) {
        this.store = store;
    }

    /** The items listed in {@code week}'s checklist (of one district, or all when null): its own and the carried-over. */
    public List<ChecklistItem> listedIn(Period week, String district) {
        try (Connection c = store.connect(); PreparedStatement st = c.prepareStatement(LISTED)) {
            st.setString(1, week.start().toString());
            st.setString(2, district);
            return ChecklistItemRows.read(st);
        } catch (SQLException e) {
            throw new StoreException("Cannot read the checklist of " + week + ": " + e.getMessage(), e);
        }
    }

    /** Every item a district ever had, oldest first: what generation compares new proposals with. */
    public List<ChecklistItem> ofDistrict(String district) {
        try (Connection c = store.connect(); PreparedStatement st = c.prepareStatement(OF_DISTRICT)) {
            st.setString(1, district);
            return ChecklistItemRows.read(st);
        } catch (SQLException e) {
            throw new StoreException("Cannot read the checklist items of " + district + ": " + e.getMessage(), e);
        }
    }

    public Optional<ChecklistItem> byId(long id) {
        try (Connection c = store.connect(); PreparedStatement st = c.prepareStatement(BY_ID)) {
            st.setLong(1, id);
            List<ChecklistItem> items = ChecklistItemRows.read(st);
            return items.isEmpty() ? Optional.empty() : Optional.of(items.get(0));
        } catch (SQLException e) {
            throw new StoreException("Cannot read checklist item " + id + ": " + e.getMessage(), e);
        }
    }

    /** The items with these ids that exist, read through one connection, by id. */
    public java.util.Map<Long, ChecklistItem> byIds(Collection<Long> ids) {
        java.util.Map<Long, ChecklistItem> found = new java.util.LinkedHashMap<>();
        try (Connection c = store.connect(); PreparedStatement st = c.prepareStatement(BY_ID)) {
            for (long id : ids) {
                st.setLong(1, id);
                ChecklistItemRows.read(st).forEach(i -> found.put(i.id(), i));
            }
            return found;
        } catch (SQLException e) {
            throw new StoreException("Cannot read checklist items: " + e.getMessage(), e);
        }
    }

    /** Adds items in one transaction, each with a history row "created"; returns them with their ids. */
    public List<ChecklistItem> insert(Collection<ChecklistItem> items, String who, LocalDateTime at) {
        store.requireWriter();
        String now = Timestamps.format(at);
        try (Connection c = store.connect()) {
            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement(INSERT);
                 PreparedStatement history = c.prepareStatement(HISTORY)) {
                List<ChecklistItem> stored = new ArrayList<>(items.size());
                for (ChecklistItem item : items) {
                    long id = insertOne(insert, item, now);
                    writeHistory(history, new ItemChange(id, at, who, "created", null, item.title()));
                    stored.add(withId(item, id));
                }
                c.commit();
                return stored;
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot add checklist items: " + e.getMessage(), e);
        }
    }

    /** Writes edits of several items and their history in one transaction: a bulk edit is all or nothing. */
    public void save(Collection<Edit> edits, LocalDateTime at) {
        store.requireWriter();
        try (Connection c = store.connect()) {
            c.setAutoCommit(false);
            try (PreparedStatement update = c.prepareStatement(UPDATE);
                 PreparedStatement history = c.prepareStatement(HISTORY)) {
                for (Edit edit : edits) {
                    bindUpdate(update, edit.after(), Timestamps.format(at));
                    if (update.executeUpdate() != 1) {
                        throw new SQLException("checklist item " + edit.after().id() + " does not exist");
                    }
                    for (ItemChange change : edit.changes()) {
                        writeHistory(history, change);
                    }
                }
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot save checklist items: " + e.getMessage(), e);
        }
    }

    public List<ItemChange> history(long itemId) {
        String sql = "SELECT item_id, changed_at, changed_by, field, old_value, new_value FROM checklist_history"
                + " WHERE item_id = ? ORDER BY id";
        try (Connection c = store.connect(); PreparedStatement st = c.prepareStatement(sql)) {
            st.setLong(1, itemId);
            try (ResultSet rs = st.executeQuery()) {
                List<ItemChange> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(new ItemChange(rs.getLong(1), LocalDateTime.parse(rs.getString(2), Timestamps.FORMAT),
                            rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)));
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot read the history of item " + itemId + ": " + e.getMessage(), e);
        }
    }

    /** Names people were given as owner or reviewer, most used first: the completion of those fields. */
    public List<String> knownPeople() {
        String sql = """
                SELECT name FROM (SELECT owner AS name FROM checklist_item UNION ALL SELECT reviewer FROM checklist_item) p
                WHERE name IS NOT NULL AND name <> '' GROUP BY name ORDER BY count(*) DESC, name""";
        try (Connection c = store.connect(); PreparedStatement st = c.prepareStatement(sql); ResultSet rs = st.executeQuery()) {
            List<String> names = new ArrayList<>();
            while (rs.next()) {
                names.add(rs.getString(1));
            }
            return names;
        } catch (SQLException e) {
            throw new StoreException("Cannot read owners and reviewers: " + e.getMessage(), e);
        }
    }

    private static long insertOne(PreparedStatement st, ChecklistItem item, String now) throws SQLException {
        st.setString(1, item.week().toString());
        st.setString(2, item.week().start().toString());
        st.setString(3, item.district());
        st.setString(4, item.kind().key());
        st.setString(5, item.rules());
        st.setString(6, item.title());
        st.setString(7, item.category());
        st.setString(8, item.problem());
        st.setString(9, item.ticketId());
        st.setString(10, item.subscriber());
        setInteger(st, 11, item.baseline());
        setInteger(st, 12, item.target());
        st.setString(13, item.owner());
        st.setString(14, item.reviewer());
        st.setString(15, text(item.due()));
        st.setString(16, item.status().key());
        st.setString(17, item.cause());
        st.setString(18, item.action());
        st.setString(19, item.notes());
        st.setString(20, item.cannotFixReason());
        st.setString(21, text(item.doneOn()));
        st.setString(22, text(item.closedOn()));
        st.setString(23, now);
        st.setString(24, now);
        try (ResultSet keys = st.executeQuery()) {
            keys.next();
            return keys.getLong(1);
        }
    }

    private static void bindUpdate(PreparedStatement st, ChecklistItem item, String now) throws SQLException {
        st.setString(1, item.title());
        st.setString(2, item.owner());
        st.setString(3, item.reviewer());
        st.setString(4, text(item.due()));
        st.setString(5, item.status().key());
        st.setString(6, item.cause());
        st.setString(7, item.action());
        st.setString(8, item.notes());
        st.setString(9, item.cannotFixReason());
        st.setString(10, text(item.doneOn()));
        st.setString(11, text(item.closedOn()));
        st.setString(12, now);
        st.setLong(13, item.id());
    }

    /** Writes one history row through {@link #HISTORY} (also for the evidence, in its own transaction). */
    static void writeHistory(PreparedStatement st, ItemChange change) throws SQLException {
        st.setLong(1, change.itemId());
        st.setString(2, Timestamps.format(change.changedAt()));
        st.setString(3, change.changedBy());
        st.setString(4, change.field());
        st.setString(5, change.oldValue());
        st.setString(6, change.newValue());
        st.executeUpdate();
    }

    private static ChecklistItem withId(ChecklistItem i, long id) {
        return new ChecklistItem(id, i.week(), i.district(), i.kind(), i.rules(), i.title(), i.category(), i.problem(),
                i.ticketId(), i.subscriber(), i.baseline(), i.target(), i.owner(), i.reviewer(), i.due(), i.status(),
                i.cause(), i.action(), i.notes(), i.cannotFixReason(), i.doneOn(), i.closedOn());
    }

    private static void setInteger(PreparedStatement st, int index, Integer value) throws SQLException {
        if (value == null) {
            st.setNull(index, Types.INTEGER);
        } else {
            st.setInt(index, value);
        }
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
