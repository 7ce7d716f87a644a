package org.rectify.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.rectify.domain.Ticket;

/**
 * Keeps the repeat-complaint flags right while one file is imported. In the common case — a file whose
 * new complaints come in time order after every stored one, changing no stored complaint's time,
 * subscriber or kind (a weekly export: the week's tickets, and earlier ones again with a new status) —
 * each new complaint's flag is decided as its row is bound, from the stored complaints of the window
 * before it — kept in one row by the import before when it appended too ({@link RecentContacts}), else
 * read from the tickets — and the file's earlier ones. Rows dated before the latest stored complaint
 * are left to the writer: a stored ticket again changes no flag unless its time, subscriber or kind
 * changed ({@link #replaced}), and a complaint imported late is noted ({@link #inserted}).
 * Otherwise the flags of every complaint from a window before the earliest one touched to a window
 * after the latest are recomputed at commit in one pass in time order (read through the creation-time
 * index), and those that changed are written to the ticket rows and the roll-ups: a complaint imported
 * late can make later ones repeats, hence the window after.
 */
final class RepeatWindow {

    private static final String CHANGE_TICKET = """
            UPDATE ticket_row SET is_repeat = ? WHERE rowid = ?
            RETURNING created_at, district_code, category_code, problem_code, channel_code, escalation_code""";
    /**
     * The complaints with a subscriber created in [?1, ?2], in time order; the row by its rowid, not its
     * ticket number (a million-row pass read a million ticket numbers to change a few).
     */
    private static final String CONTACTS = """
            SELECT created_at, subscriber, rowid, is_repeat FROM ticket_row
            WHERE created_at >= ?1 AND created_at <= ?2 AND kind = 0 /* complaint */
              AND subscriber IS NOT NULL AND subscriber <> ''
            ORDER BY created_at""";

    private final Connection connection;
    /** Where the window of stored complaints is read when flags are decided on a thread of their own. */
    private final java.util.function.Supplier<Connection> windowReader;
    private final long windowSeconds;
    /** The latest stored complaint with a subscriber before this file (seconds), or null. */
    private final Long storedLatest;
    // Decided on the deciding thread (or the writer's when there is none): the file's own complaints.
    private RepeatFlags inline;
    private boolean inOrder = true;
    private final Span decided = new Span();
    // Kept by the writer's thread: versions of stored tickets that the file replaced.
    private boolean touchedStored;
    private final Span replaced = new Span();
    /** New complaints of this file dated before the latest stored one (kept by the writer's thread). */
    private final Span insertedLate = new Span();

    /** The earliest and latest creation time of some complaints (seconds), once one is noted. */
    private static final class Span {
        boolean any;
        long earliest;
        long latest;

        void note(long created) {
            if (!any || created < earliest) {
                earliest = created;
            }
            if (!any || created > latest) {
                latest = created;
            }
            any = true;
        }
    }

    /**
     * {@link #decide} runs on a thread of its own: it reads the stored window through {@code windowReader},
     * a connection of that thread (the committed store, which is what it needs).
     */
    RepeatWindow(Connection connection, java.util.function.Supplier<Connection> windowReader, int windowDays)
            throws SQLException {
        this.connection = connection;
        this.windowReader = windowReader;
        this.windowSeconds = windowDays * 86_400L;
        try (PreparedStatement st = connection.prepareStatement("""
                SELECT created_at FROM ticket_row
                WHERE kind = 0 /* complaint */ AND subscriber IS NOT NULL AND subscriber <> ''
                ORDER BY created_at DESC LIMIT 1""");
             ResultSet rs = st.executeQuery()) {
            this.storedLatest = rs.next() ? rs.getLong(1) : null;
        }
    }

    /** The window setting of the store (30 days unless changed). */
    static int windowDays(Connection c) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT value FROM setting WHERE key = 'repeat.window_days'");
             ResultSet rs = st.executeQuery()) {
            return rs.next() ? Integer.parseInt(rs.getString(1).strip()) : 30;
        }
    }

    /**
     * The flag to write with a row of the file, bound before it is inserted. While the file's rows after
     * the latest stored complaint stay in time order the flag is final; once they do not, the flags written
     * so far stand in the rows and the pass at commit settles them. A row dated before the latest stored
     * complaint gets no flag here: either it is stored already (its flag stays, or {@link #replaced} says
     * it may not) or it is new and {@link #inserted} has the pass settle it.
     */
    boolean decide(Ticket t) throws SQLException {
        if (!isContact(t)) {
            return false;
        }
        long created = TicketColumns.seconds(t.createdAt());
        if (storedLatest != null && created < storedLatest) {
            return false;
        }
        if (decided.any && created < decided.latest) {
            inOrder = false;
        }
        decided.note(created);
        return inOrder && decideInline(created, t.subscriber());
    }

    /** The flag of the next complaint of an in-order file, from the window of stored complaints before its first. */
    private boolean decideInline(long created, String subscriber) throws SQLException {
        if (inline == null) {
            inline = new RepeatFlags(windowSeconds, created);
            // after every stored complaint, the kept last window is that window: one read instead of its rows
            boolean kept = storedLatest != null && storedLatest <= created && RecentContacts.read(windowReader.get(),
                    windowSeconds, storedLatest, created - windowSeconds, inline::flagOf);
            if (kept || storedLatest == null) {
                return inline.flagOf(created, subscriber);
            }
            try (PreparedStatement st = windowReader.get().prepareStatement(CONTACTS)) {
                st.setLong(1, created - windowSeconds);
                st.setLong(2, created);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        inline.flagOf(rs.getLong(1), text(rs, 2));
                    }
                }
            }
        }
        return inline.flagOf(created, subscriber);
    }

    /**
     * Takes away the earlier version of an updated ticket: its repeat flag with the roll-up count it held
     * (the row holds the new version already; its flag is settled by the pass at commit). Only called when
     * a field the flag or its roll-up row depends on changed.
     */
    void replaced(Ticket before, boolean wasRepeat, Ticket after, RollupDeltas rollups) throws SQLException {
        touchedStored = true;
        if (isContact(before)) {
            replaced.note(TicketColumns.seconds(before.createdAt()));
        }
        if (isContact(after)) {
            replaced.note(TicketColumns.seconds(after.createdAt()));
        }
        if (wasRepeat) {
            try (PreparedStatement st = connection.prepareStatement("UPDATE ticket_row SET is_repeat = 0 WHERE ticket_id = ?")) {
                st.setString(1, before.ticketId());
                st.executeUpdate();
            }
            rollups.addRepeat(rollups.complaintKey(before), -1);
        }
    }

    /**
     * On the writer's thread: a row of the file was written as a new ticket. One dated before the latest
     * stored complaint was given no flag by {@link #decide}: the pass at commit settles it and those after it.
     */
    void inserted(Ticket t) {
        if (isContact(t) && storedLatest != null) {
            long created = TicketColumns.seconds(t.createdAt());
            if (created < storedLatest) {
                insertedLate.note(created);
            }
        }
    }

    /**
     * Says that a row was not stored (a second row of a ticket id in the file): when {@link #decide} took
     * it into the flags decided after it, the pass at commit settles them.
     */
    void notStored(Ticket t) {
        if (isContact(t) && (storedLatest == null || TicketColumns.seconds(t.createdAt()) >= storedLatest)) {
            touchedStored = true;
        }
    }

    /** True when the flag or its roll-up row may differ between two versions of a ticket. */
    static boolean mattersForRepeats(Ticket before, Ticket after) {
        return before.kind() != after.kind() || !before.createdAt().equals(after.createdAt())
                || !sameRollupRow(before, after) || !Objects.equals(subscriberOf(before), subscriberOf(after));
    }

    /** Whether two versions of a complaint have the same key in the roll-ups (its day and every name it is summed by). */
    private static boolean sameRollupRow(Ticket a, Ticket b) {
        return a.createdAt().toLocalDate().equals(b.createdAt().toLocalDate()) && a.district().equals(b.district())
                && blank(a.category()).equals(blank(b.category())) && blank(a.problem()).equals(blank(b.problem()))
                && blank(a.channel()).equals(blank(b.channel()))
                && blank(a.escalationChannel()).equals(blank(b.escalationChannel()));
    }

    /** Recomputes the flags the file can have changed and writes those that did. */
    void recompute(RollupDeltas rollups) throws SQLException {
        Span touched = new Span();
        for (Span span : List.of(decided, replaced, insertedLate)) {
            if (span.any) {
                touched.note(span.earliest);
                touched.note(span.latest);
            }
        }
        if (!touched.any) {
            return;
        }
        long earliest = touched.earliest;
        long latest = touched.latest;
        boolean decidedAlready = inOrder && !touchedStored && !insertedLate.any
                && (storedLatest == null || storedLatest <= earliest);
        if (decidedAlready) {
            return;
        }
        List<RepeatFlags.Change> changes = new ArrayList<>();
        try (PreparedStatement st = connection.prepareStatement(CONTACTS)) {
            st.setLong(1, earliest - windowSeconds);
            st.setLong(2, latest + windowSeconds);
            try (ResultSet rs = st.executeQuery()) {
                RepeatFlags flags = new RepeatFlags(windowSeconds, earliest);
                while (rs.next()) {
                    flags.next(rs.getLong(1), text(rs, 2), rs.getLong(3), rs.getInt(4) == 1, changes);
                }
            }
        }
        try (PreparedStatement st = connection.prepareStatement(CHANGE_TICKET)) {
            for (RepeatFlags.Change change : changes) {
                st.setInt(1, change.repeat() ? 1 : 0);
                st.setLong(2, change.row());
                try (ResultSet rs = st.executeQuery()) {
                    if (rs.next()) {
                        // a code is NULL in the ticket row where the roll-up row has the blank name's code
                        RollupKey key = new RollupKey((int) Math.floorDiv(rs.getLong(1), 86_400L), rs.getInt(2),
                                rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getInt(6));
                        rollups.addRepeat(key, change.repeat() ? +1 : -1);
                    }
                }
            }
        }
    }

    /**
     * At commit, after {@link #recompute}: keeps the store's last window of complaints for the next import
     * when this file only appended complaints after every stored one (then the inline decisions hold that
     * window exactly); forgets it when the file changed the complaints any other way.
     */
    void keepRecent() throws SQLException {
        boolean appended = inOrder && !touchedStored && !insertedLate.any
                && (storedLatest == null || !decided.any || storedLatest <= decided.earliest);
        if (appended && inline != null) {
            RepeatFlags.Recent recent = inline.recent();
            RecentContacts.write(connection, windowSeconds, recent.times()[recent.count() - 1], recent.times(),
                    recent.subscribers(), recent.count());
        } else if (decided.any || replaced.any || touchedStored || insertedLate.any) {
            RecentContacts.forget(connection);
        }
    }

    /**
     * A text column that is never NULL here, as SQLite's bytes: sqlite-jdbc's getString first wraps them in
     * a direct buffer through JNI, a quarter of the window's read (55,000 subscribers: 4.5 of 18 ms).
     */
    private static String text(ResultSet rs, int column) throws SQLException {
        return new String(rs.getBytes(column), java.nio.charset.StandardCharsets.UTF_8);
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
}
