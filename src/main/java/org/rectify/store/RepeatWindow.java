package org.rectify.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.rectify.domain.Ticket;
import org.rectify.domain.Timestamps;

/**
 * Keeps the repeat-complaint flags right while one file is imported. The file's complaints with a
 * subscriber join {@code complaint_contact} as they are written; at commit, the flags of every contact
 * from the earliest one touched to a window after the latest are recomputed in one pass in time order,
 * and those that changed are written to the ticket rows and the roll-ups. A complaint imported late
 * can make later ones repeats, hence the window after. The common case — a file in time order,
 * after everything stored, touching no stored complaint — needs no second pass: its flags are
 * decided as its rows are written.
 */
final class RepeatWindow {

    private static final String CHANGE_TICKET = """
            UPDATE ticket SET is_repeat = ? WHERE ticket_id = ?
            RETURNING created_at, district, category, problem, channel, escalation_channel""";

    private final Connection connection;
    private final long windowSeconds;
    private final PreparedStatement insertContact;
    private final PreparedStatement deleteContact;
    private final String storedLatest;
    private final List<Ticket> decidedRepeats = new ArrayList<>();
    private RepeatFlags inline;
    private boolean inOrder = true;
    private boolean touchedStored;
    private String earliest;
    private String latest;

    RepeatWindow(Connection connection, int windowDays) throws SQLException {
        this.connection = connection;
        this.windowSeconds = windowDays * 86_400L;
        this.insertContact = connection.prepareStatement(
                "INSERT OR IGNORE INTO complaint_contact (created_at, subscriber, ticket_id, is_repeat) VALUES (?, ?, ?, ?)");
        try (PreparedStatement st = connection.prepareStatement(
                "SELECT created_at FROM complaint_contact ORDER BY created_at DESC LIMIT 1");
             ResultSet rs = st.executeQuery()) {
            this.storedLatest = rs.next() ? rs.getString(1) : null;
        }
        this.deleteContact = connection.prepareStatement(
                "DELETE FROM complaint_contact WHERE created_at = ? AND subscriber = ? AND ticket_id = ?");
    }

    /** The window setting of the store (30 days unless changed). */
    static int windowDays(Connection c) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT value FROM setting WHERE key = 'repeat.window_days'");
             ResultSet rs = st.executeQuery()) {
            return rs.next() ? Integer.parseInt(rs.getString(1).strip()) : 30;
        }
    }

    /** Queues a written complaint's contact; {@link #flush} writes the queue. */
    void added(Ticket t) throws SQLException {
        if (isContact(t)) {
            String created = Timestamps.format(t.createdAt());
            if (latest != null && created.compareTo(latest) < 0) {
                inOrder = false; // the flags decided so far stand in the table; the pass at commit settles them
            }
            boolean repeat = inOrder && decideInline(created, subscriberOf(t));
            bindContact(insertContact, t);
            insertContact.setInt(4, repeat ? 1 : 0);
            insertContact.addBatch();
            if (repeat) {
                decidedRepeats.add(t);
            }
        }
    }

    /** The flag of the next contact of an in-order file, from the window of stored contacts before its first. */
    private boolean decideInline(String created, String subscriber) throws SQLException {
        if (inline == null) {
            inline = new RepeatFlags(windowSeconds, created);
            try (PreparedStatement st = connection.prepareStatement(
                    "SELECT created_at, subscriber FROM complaint_contact WHERE created_at >= ? AND created_at <= ?"
                            + " ORDER BY created_at")) {
                st.setString(1, Timestamps.format(Timestamps.parse(created).minusSeconds(windowSeconds)));
                st.setString(2, created);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        inline.flagOf(rs.getString(1), rs.getString(2));
                    }
                }
            }
        }
        return inline.flagOf(created, subscriber);
    }

    /** Writes the queued contacts, and the repeat flags decided for them to their tickets and the roll-ups. */
    void flush(RollupDeltas rollups) throws SQLException {
        insertContact.executeBatch();
        if (decidedRepeats.isEmpty()) {
            return;
        }
        try (PreparedStatement st = connection.prepareStatement("UPDATE ticket SET is_repeat = 1 WHERE ticket_id = ?")) {
            for (Ticket t : decidedRepeats) {
                st.setString(1, t.ticketId());
                st.addBatch();
                rollups.addRepeat(rollups.complaintKey(t), +1);
            }
            st.executeBatch();
        }
        decidedRepeats.clear();
    }

    /**
     * Takes away the earlier version of an updated ticket: its contact, and its repeat flag with the
     * roll-up count it held. Only called when a field the flag or its roll-up row depends on changed.
     */
    void replaced(Ticket before, boolean wasRepeat, RollupDeltas rollups) throws SQLException {
        touchedStored = true;
        if (isContact(before)) {
            bindContact(deleteContact, before);
            deleteContact.executeUpdate();
        }
        if (wasRepeat) {
            // The row already holds the new version: the count to take away is in the old version's roll-up row.
            try (PreparedStatement st = connection.prepareStatement("UPDATE ticket SET is_repeat = 0 WHERE ticket_id = ?")) {
                st.setString(1, before.ticketId());
                st.executeUpdate();
            }
            rollups.addRepeat(rollups.complaintKey(before), -1);
        }
    }

    /** True when the flag or its roll-up row may differ between two versions of a ticket. */
    static boolean mattersForRepeats(Ticket before, Ticket after) {
        return before.kind() != after.kind() || !before.createdAt().equals(after.createdAt())
                || !sameRollupRow(before, after)
                || !java.util.Objects.equals(subscriberOf(before), subscriberOf(after));
    }

    /** Whether two versions of a complaint are counted in the same row of the fine roll-up. */
    private static boolean sameRollupRow(Ticket a, Ticket b) {
        return a.createdAt().toLocalDate().equals(b.createdAt().toLocalDate()) && a.district().equals(b.district())
                && blank(a.category()).equals(blank(b.category())) && blank(a.problem()).equals(blank(b.problem()))
                && blank(a.channel()).equals(blank(b.channel()))
                && blank(a.escalationChannel()).equals(blank(b.escalationChannel()));
    }

    /** Recomputes the flags the touched contacts can change and writes those that did. */
    void recompute(RollupDeltas rollups) throws SQLException {
        flush(rollups);
        if (earliest == null) {
            return;
        }
        boolean decidedAlready = inOrder && !touchedStored && (storedLatest == null || storedLatest.compareTo(earliest) <= 0);
        if (decidedAlready) {
            return;
        }
        LocalDateTime from = Timestamps.parse(earliest);
        LocalDateTime to = Timestamps.parse(latest).plusSeconds(windowSeconds);
        List<RepeatFlags.Change> changes = new ArrayList<>();
        try (PreparedStatement st = connection.prepareStatement("""
                SELECT created_at, subscriber, ticket_id, is_repeat FROM complaint_contact
                WHERE created_at >= ? AND created_at <= ? ORDER BY created_at""")) {
            st.setString(1, Timestamps.format(from.minusSeconds(windowSeconds)));
            st.setString(2, Timestamps.format(to));
            try (ResultSet rs = st.executeQuery()) {
                RepeatFlags flags = new RepeatFlags(windowSeconds, earliest);
                while (rs.next()) {
                    flags.next(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4) == 1, changes);
                }
            }
        }
        try (PreparedStatement contact = connection.prepareStatement(
                "UPDATE complaint_contact SET is_repeat = ? WHERE created_at = ? AND subscriber = ? AND ticket_id = ?")) {
            for (RepeatFlags.Change change : changes) {
                contact.setInt(1, change.repeat() ? 1 : 0);
                contact.setString(2, change.createdAt());
                contact.setString(3, change.subscriber());
                contact.setString(4, change.ticketId());
                contact.addBatch();
                changeTicket(change.ticketId(), change.repeat(), rollups);
            }
            contact.executeBatch();
        }
    }

    private void changeTicket(String ticketId, boolean repeat, RollupDeltas rollups) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement(CHANGE_TICKET)) {
            st.setInt(1, repeat ? 1 : 0);
            st.setString(2, ticketId);
            try (ResultSet rs = st.executeQuery()) {
                if (rs.next()) {
                    RollupKey key = rollups.complaintKey(Timestamps.parse(rs.getString(1)).toLocalDate(), rs.getString(2),
                            rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6));
                    rollups.addRepeat(key, repeat ? +1 : -1);
                }
            }
        }
    }

    private void bindContact(PreparedStatement st, Ticket t) throws SQLException {
        String created = Timestamps.format(t.createdAt());
        st.setString(1, created);
        st.setString(2, subscriberOf(t));
        st.setString(3, t.ticketId());
        if (earliest == null || created.compareTo(earliest) < 0) {
            earliest = created;
        }
        if (latest == null || created.compareTo(latest) > 0) {
            latest = created;
        }
    }

    private static boolean isContact(Ticket t) {
        return t.isComplaint() && subscriberOf(t) != null;
    }

    private static String subscriberOf(Ticket t) {
        String s = t.subscriber();
        return s == null || s.isEmpty() ? null : s;
    }

    private static String blank(String s) {
        return s == null ? "" : s;
    }

    void close() throws SQLException {
        insertContact.close();
        deleteContact.close();
    }
}
