package org.rectify.store;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The stored complaints of the last repeat window — every complaint with a subscriber created in
 * [latest − window, latest], latest being the store's latest one — packed in one row (schema v18). A file
 * appended after them seeds its repeat decisions from it in one read instead of 55,000 rows through the
 * driver. It is only ever trusted when its window and its latest time are the store's own: the import
 * that made the store so writes it, and every other change to the complaints deletes it.
 */
final class RecentContacts {

    /** One complaint: when (seconds, as stored) and whose. */
    interface Sink {
        void accept(long createdAt, String subscriber);
    }

    private RecentContacts() {
    }

    /**
     * Gives the kept complaints created at or after {@code from}, in time order, and returns true; or
     * returns false without giving any when nothing is kept for this window and this latest time.
     */
    static boolean read(Connection c, long windowSeconds, long latest, long from, Sink sink) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(
                "SELECT contacts FROM recent_contacts WHERE id = 1 AND window_seconds = ? AND latest = ?")) {
            st.setLong(1, windowSeconds);
            st.setLong(2, latest);
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    return false;
                }
                unpack(rs.getBytes(1), from, sink);
                return true;
            }
        }
    }

    /** Keeps these complaints (in time order, the last of them the store's latest) for the next import. */
    static void write(Connection c, long windowSeconds, long latest, long[] times, String[] subscribers, int count)
            throws SQLException {
        try (PreparedStatement st = c.prepareStatement("""
                INSERT INTO recent_contacts (id, window_seconds, latest, contacts) VALUES (1, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET window_seconds = excluded.window_seconds, latest = excluded.latest,
                    contacts = excluded.contacts""")) {
            st.setLong(1, windowSeconds);
            st.setLong(2, latest);
            st.setBytes(3, pack(times, subscribers, count));
            st.executeUpdate();
        }
    }

    /** Nothing kept: the next import reads the window from the tickets. */
    static void forget(Connection c) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("DELETE FROM recent_contacts")) {
            st.executeUpdate();
        }
    }

    /**
     * The count and the first complaint's time, then each complaint's seconds after the one before (less
     * than a window: an int) and its subscriber.
     */
    static byte[] pack(long[] times, String[] subscribers, int count) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(count * 18 + 12);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(count);
            long previous = count == 0 ? 0 : times[0];
            out.writeLong(previous);
            for (int i = 0; i < count; i++) {
                out.writeInt(Math.toIntExact(times[i] - previous));
                previous = times[i];
                out.writeUTF(subscribers[i]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static void unpack(byte[] packed, long from, Sink sink) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(packed))) {
            int count = in.readInt();
            long time = in.readLong();
            for (int i = 0; i < count; i++) {
                time += in.readInt();
                String subscriber = in.readUTF();
                if (time >= from) {
                    sink.accept(time, subscriber);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the kept recent complaints are damaged", e);
        }
    }
}
