package org.rectify.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rectify.domain.Timestamps;
import org.rectify.store.Rollups;
import org.rectify.store.Store;
import org.rectify.store.SyncLog;
import org.rectify.testing.StandardCsv;

/** Repeat-complaint flags kept at import: late arrivals, updates, and exports in any order. */
class RepeatComplaintsTest {

    @TempDir
    Path folder;
    private Store store;
    private TicketImporter importer;

    @BeforeEach
    void open() {
        store = Store.open(folder.resolve("data"));
        importer = new TicketImporter(new SyncLog(store));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static String row(String id, String created, String district, String kind, String subscriber) {
        return String.join(",", id, created, "", district, district + "服务中心", kind, "装维服务", "宽带修障超时",
                "10000号", "", "", "处理中", "王伟", subscriber, "", "");
    }

    private void importRows(String name, String... rows) throws Exception {
        StandardCsv csv = StandardCsv.create();
        for (String r : rows) {
            csv.line(r);
        }
        importer.importFile(csv.writeTo(folder.resolve(name)), ImportListener.NONE);
    }

    @Test
    void anEarlierComplaintImportedLateMakesALaterOneARepeat() throws Exception {
        importRows("july.csv", row("B", "2015-07-20 09:00:00", "龙华", "抱怨", "139"));
        assertEquals(List.of(), repeats());
        importRows("june.csv", row("A", "2015-06-20 09:00:00", "坪山", "抱怨", "139"));
        assertEquals(List.of("B"), repeats(), "exactly 30 days before counts, in another district");
        assertEquals(Map.of("2015-07-20|龙华", 1L), repeatRollup());
        importRows("june-fixed.csv", row("A", "2015-06-20 08:59:59", "坪山", "抱怨", "139"));
        assertEquals(List.of(), repeats(), "one second more than 30 days");
        assertEquals(Map.of(), repeatRollup());
    }

    /**
     * A file that starts at the very second of the latest stored complaint, then one that starts later: the
     * window of stored complaints that decides a file in time order has its bounds to the second.
     */
    @Test
    void aFileStartingAtTheLatestStoredSecondOrAfterSeesExactlyItsWindow() throws Exception {
        importRows("january.csv",
                row("A1", "2015-01-01 09:59:59", "龙华", "抱怨", "139Z"),
                row("A2", "2015-01-01 10:00:00", "龙华", "抱怨", "139X"),
                row("A3", "2015-01-31 10:00:00", "坪山", "抱怨", "139Y"));
        importRows("february.csv",
                row("B1", "2015-01-31 10:00:00", "龙华", "抱怨", "139X"),
                row("B2", "2015-01-31 10:00:00", "坪山", "抱怨", "139Y"),
                row("B3", "2015-01-31 10:00:00", "龙华", "抱怨", "139Z"),
                row("B4", "2015-01-31 11:00:00", "坪山", "抱怨", "139Y"));
        assertEquals(List.of("B1", "B4"), repeats(),
                "exactly 30 days before counts, the same second does not, 30 days and a second do not");
        importRows("march.csv",
                row("C1", "2015-02-10 10:00:00", "龙华", "抱怨", "139X"),
                row("C2", "2015-03-02 10:59:59", "坪山", "抱怨", "139Y"),
                row("C3", "2015-03-02 11:00:01", "龙华", "抱怨", "139Z"));
        assertEquals(List.of("B1", "B4", "C1", "C2"), repeats());
        Map<String, Long> incremental = repeatRollup();
        new Rollups(store).rebuild();
        assertEquals(incremental, repeatRollup());
    }

    @Test
    void anUpdatedTicketMovesItsRepeatCountWithIt() throws Exception {
        importRows("a.csv", row("A", "2015-07-01 09:00:00", "龙华", "抱怨", "139"),
                row("B", "2015-07-02 09:00:00", "龙华", "抱怨", "139"));
        assertEquals(Map.of("2015-07-02|龙华", 1L), repeatRollup());
        importRows("b.csv", row("B", "2015-07-03 09:00:00", "坪山", "抱怨", "139"));
        assertEquals(List.of("B"), repeats());
        assertEquals(Map.of("2015-07-03|坪山", 1L), repeatRollup());
        importRows("c.csv", row("A", "2015-07-01 09:00:00", "龙华", "咨询", "139"));
        assertEquals(List.of(), repeats(), "a consultation makes no repeat");
        assertEquals(Map.of(), repeatRollup());
    }

    @Test
    void aRejectedSecondRowOfATicketMakesNoLaterComplaintARepeat() throws Exception {
        importRows("dup.csv", row("A", "2015-07-01 09:00:00", "龙华", "抱怨", "139"),
                row("A", "2015-07-20 09:00:00", "龙华", "抱怨", "139"),
                row("B", "2015-08-14 09:00:00", "龙华", "抱怨", "139"));
        assertEquals(2, count("SELECT count(*) FROM ticket"), "the second row of A is rejected");
        assertEquals(List.of(), repeats(), "B is 44 days after the stored A; the rejected row of 07-20 is not a complaint");
        assertEquals(Map.of(), repeatRollup());
    }

    /** Random exports, imported in random order and then partly re-exported, against a brute-force count. */
    @Test
    void exportsInAnyOrderGiveTheFlagsOfABruteForceCountAndOfARebuild() throws Exception {
        Random random = new Random(20141128);
        LocalDateTime start = LocalDateTime.of(2015, 1, 1, 0, 0);
        List<String[]> tickets = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            // two times a day over 200 days and 40 subscribers: many ties, and pairs exactly 30 days apart
            LocalDateTime created = start.plusDays(random.nextInt(200)).plusHours(12L * random.nextInt(2));
            String subscriber = random.nextInt(10) == 0 ? "" : "1390000" + random.nextInt(40);
            String kind = random.nextInt(8) == 0 ? "咨询" : "抱怨";
            tickets.add(new String[] {"T" + i, Timestamps.format(created), random.nextBoolean() ? "龙华" : "坪山", kind,
                    subscriber});
        }
        List<String[]> shuffled = new ArrayList<>(tickets);
        Collections.shuffle(shuffled, random);
        for (int file = 0; file < 6; file++) {
            List<String> rows = new ArrayList<>();
            for (String[] t : shuffled.subList(file * 100, file * 100 + 100)) {
                rows.add(row(t[0], t[1], t[2], t[3], t[4]));
            }
            importRows("part-" + file + ".csv", rows.toArray(String[]::new));
        }
        List<String> updates = new ArrayList<>();
        java.util.Set<Integer> updated = new java.util.HashSet<>();
        while (updated.size() < 80) {
            int pick = random.nextInt(tickets.size());
            if (!updated.add(pick)) {
                continue; // a ticket twice in one file would be rejected as a duplicate id, not updated twice
            }
            String[] t = tickets.get(pick);
            t[1] = Timestamps.format(start.plusDays(random.nextInt(200)).plusHours(12L * random.nextInt(2)));
            t[4] = "1390000" + random.nextInt(40);
            updates.add(row(t[0], t[1], t[2], t[3], t[4]));
        }
        importRows("updates.csv", updates.toArray(String[]::new));

        assertEquals(bruteForce(tickets), repeats());
        Map<String, Long> incremental = repeatRollup();
        new Rollups(store).rebuild();
        assertEquals(bruteForce(tickets), repeats());
        assertEquals(incremental, repeatRollup());
    }

    /** Files in time order, each after the last: flags decided while writing, no second pass. */
    @Test
    void exportsInTimeOrderDecideTheFlagsAsTheyAreWritten() throws Exception {
        Random random = new Random(1128);
        LocalDateTime start = LocalDateTime.of(2015, 1, 1, 0, 0);
        List<String[]> tickets = inTimeOrder(500, random, 30,
                () -> start.plusDays(random.nextInt(150)).plusHours(12L * random.nextInt(2)));
        importInFiles(tickets, 5, "month-");
        assertEquals(bruteForce(tickets), repeats());
        Map<String, Long> incremental = repeatRollup();
        new Rollups(store).rebuild();
        assertEquals(incremental, repeatRollup());
        assertEquals(bruteForce(tickets), repeats());
    }

    /**
     * Files of several chunks in time order: the flags of each chunk are decided beside the writing of
     * the one before, the stored window read through a connection of its own.
     */
    @Test
    void exportsOfManyChunksInTimeOrderDecideTheFlagsBesideTheWriter() throws Exception {
        Random random = new Random(1201);
        LocalDateTime start = LocalDateTime.of(2015, 1, 1, 0, 0);
        List<String[]> tickets = inTimeOrder(5_000, random, 900, () -> start.plusMinutes(random.nextInt(120 * 24 * 60)));
        importInFiles(tickets, 2, "half-");
        // by subscriber, in time order: a complaint repeats when the one before it is within 30 days and earlier
        TreeSet<String> expected = new TreeSet<>();
        Map<String, LocalDateTime[]> last = new java.util.HashMap<>();
        for (String[] t : tickets) {
            if (!t[3].equals("抱怨") || t[4].isEmpty()) {
                continue;
            }
            LocalDateTime created = Timestamps.parse(t[1]);
            LocalDateTime[] seen = last.computeIfAbsent(t[4], k -> new LocalDateTime[2]);
            LocalDateTime earlier = seen[0] != null && seen[0].isBefore(created) ? seen[0] : seen[1];
            if (earlier != null && earlier.isBefore(created) && !earlier.isBefore(created.minusDays(30))) {
                expected.add(t[0]);
            }
            if (seen[0] == null || seen[0].isBefore(created)) {
                seen[1] = seen[0];
                seen[0] = created;
            }
        }
        assertTrue(expected.size() > 1_000, "many repeats: " + expected.size());
        assertEquals(new ArrayList<>(expected), repeats());
        Map<String, Long> incremental = repeatRollup();
        new Rollups(store).rebuild();
        assertEquals(incremental, repeatRollup());
    }

    /**
     * Each file appended after the stored complaints keeps the store's last window of them (one row), and
     * the next such file seeds its decisions from it instead of reading the tickets; a file that changes
     * older complaints forgets it, and the next file reads the tickets again. The flags stay those of a
     * brute-force count and of a rebuild throughout.
     */
    @Test
    void appendedFilesKeepTheLastWindowForTheNextAndAnyOtherChangeForgetsIt() throws Exception {
        Random random = new Random(1201);
        LocalDateTime start = LocalDateTime.of(2015, 1, 1, 0, 0);
        List<String[]> tickets = inTimeOrder(1_200, random, 60, () -> start.plusMinutes(random.nextInt(120 * 24 * 60)));
        List<String[]> week1 = tickets.subList(0, 400);
        List<String[]> week2 = tickets.subList(400, 800);
        importInFiles(week1, 1, "w1-");
        assertEquals(latestContact(week1), count("SELECT latest FROM recent_contacts"));
        importInFiles(week2, 1, "w2-");
        assertEquals(latestContact(tickets.subList(0, 800)), count("SELECT latest FROM recent_contacts"));
        assertEquals(bruteForce(tickets.subList(0, 800)), repeats());

        // a file of older complaints (ticket ids of their own) changes the window: nothing is kept after it
        List<String[]> late = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            String[] t = tickets.get(random.nextInt(800));
            late.add(new String[] {"L" + i, t[1], t[2], "抱怨", t[4]});
        }
        importInFiles(late, 1, "late-");
        assertEquals(0, count("SELECT count(*) FROM recent_contacts"));

        List<String[]> all = new ArrayList<>(tickets.subList(0, 800));
        all.addAll(late);
        importInFiles(tickets.subList(800, 1_200), 1, "w3-");
        all.addAll(tickets.subList(800, 1_200));
        assertEquals(latestContact(all), count("SELECT latest FROM recent_contacts"), "read from the tickets, kept again");
        assertEquals(bruteForce(all), repeats());
        Map<String, Long> incremental = repeatRollup();
        new Rollups(store).rebuild();
        assertEquals(0, count("SELECT count(*) FROM recent_contacts"), "a rebuild forgets it too");
        assertEquals(incremental, repeatRollup());
        assertEquals(bruteForce(all), repeats());
    }

    /**
     * A weekly export: the week's complaints after the stored ones, and stored tickets again with a new
     * status. Their rows change no flag: the week's flags are decided as they are written and the window
     * is kept for the next file. A file that also brings an older complaint never stored settles the flags
     * of its window at commit and forgets the kept one. Flags as a brute-force count and a rebuild throughout.
     */
    @Test
    void storedTicketsAgainWithANewStatusKeepTheWindowAndALateNewComplaintSettlesIt() throws Exception {
        Random random = new Random(1130);
        LocalDateTime start = LocalDateTime.of(2015, 1, 1, 0, 0);
        List<String[]> tickets = inTimeOrder(1_200, random, 60, () -> start.plusMinutes(random.nextInt(120 * 24 * 60)));
        importInFiles(tickets.subList(0, 800), 1, "weeks-");
        List<String> weekly = new ArrayList<>();
        random.ints(0, 800).distinct().limit(100).sorted().forEach(i -> weekly.add(closedRow(tickets.get(i))));
        for (String[] t : tickets.subList(800, 1_100)) {
            weekly.add(row(t[0], t[1], t[2], t[3], t[4]));
        }
        importRows("weekly.csv", weekly.toArray(String[]::new));
        assertTrue(count("SELECT count(*) FROM ticket WHERE status = 'closed'") > 50, "the stored tickets were updated");
        assertEquals(latestContact(tickets.subList(0, 1_100)), count("SELECT latest FROM recent_contacts"),
                "kept: the older rows changed no complaint's time, subscriber or kind");
        assertEquals(bruteForce(tickets.subList(0, 1_100)), repeats());

        List<String[]> all = new ArrayList<>(tickets);
        // an hour before a stored complaint of the same subscriber: that one becomes a repeat
        String[] model = tickets.subList(700, 800).stream().filter(t -> t[3].equals("抱怨") && !t[4].isEmpty())
                .findFirst().orElseThrow();
        String[] late = {"L1", Timestamps.format(Timestamps.parse(model[1]).minusHours(1)), "坪山", "抱怨", model[4]};
        all.add(late);
        List<String> next = new ArrayList<>(List.of(closedRow(tickets.get(10)), row(late[0], late[1], late[2], late[3],
                late[4])));
        for (String[] t : tickets.subList(1_100, 1_200)) {
            next.add(row(t[0], t[1], t[2], t[3], t[4]));
        }
        importRows("next.csv", next.toArray(String[]::new));
        assertEquals(0, count("SELECT count(*) FROM recent_contacts"), "a complaint new to the store, dated before its latest");
        assertEquals(bruteForce(all), repeats());
        Map<String, Long> incremental = repeatRollup();
        new Rollups(store).rebuild();
        assertEquals(incremental, repeatRollup());
        assertEquals(bruteForce(all), repeats());
    }

    /** A stored ticket again, closed a day after it was created. */
    private static String closedRow(String[] t) {
        String closed = Timestamps.format(Timestamps.parse(t[1]).plusDays(1));
        return String.join(",", t[0], t[1], closed, t[2], t[2] + "服务中心", t[3], "装维服务", "宽带修障超时",
                "10000号", "", "是", "已归档", "王伟", t[4], "", "");
    }

    /** The kept window is what the next appended file reads: emptied by hand, the next file sees no earlier complaint. */
    @Test
    void theNextAppendedFileReadsTheKeptWindow() throws Exception {
        importRows("first.csv", row("K1", "2015-06-01 09:00:00", "龙华", "抱怨", "13900000001"));
        // the kept row says "no complaint in the window" for the same latest time and window
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + store.file()); Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE recent_contacts SET contacts = zeroblob(12)");
        }
        importRows("second.csv", row("K2", "2015-06-02 09:00:00", "龙华", "抱怨", "13900000001"));
        assertEquals(List.of(), repeats(), "seeded from the (emptied) kept window, not from the tickets");
        new Rollups(store).rebuild();
        assertEquals(List.of("K2"), repeats());
    }

    /** The latest creation time (seconds, as stored) of the complaints with a subscriber. */
    private static long latestContact(List<String[]> tickets) {
        return tickets.stream().filter(t -> t[3].equals("抱怨") && !t[4].isEmpty())
                .mapToLong(t -> Timestamps.parse(t[1]).toEpochSecond(java.time.ZoneOffset.UTC)).max().orElseThrow();
    }

    /** Tickets {id, created, district, kind, subscriber} in time order: one in eight a consultation, one in ten without subscriber. */
    private static List<String[]> inTimeOrder(int count, Random random, int subscribers,
            java.util.function.Supplier<LocalDateTime> created) {
        List<String[]> tickets = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            tickets.add(new String[] {"T" + i, Timestamps.format(created.get()), random.nextBoolean() ? "龙华" : "坪山",
                    random.nextInt(8) == 0 ? "咨询" : "抱怨",
                    random.nextInt(10) == 0 ? "" : "1390000" + random.nextInt(subscribers)});
        }
        tickets.sort(java.util.Comparator.comparing((String[] t) -> t[1]));
        return tickets;
    }

    /** The tickets in {@code files} files of equal size, one after the other. */
    private void importInFiles(List<String[]> tickets, int files, String prefix) throws Exception {
        int size = tickets.size() / files;
        for (int file = 0; file < files; file++) {
            List<String> rows = new ArrayList<>();
            for (String[] t : tickets.subList(file * size, file * size + size)) {
                rows.add(row(t[0], t[1], t[2], t[3], t[4]));
            }
            importRows(prefix + file + ".csv", rows.toArray(String[]::new));
        }
    }

    private static List<String> bruteForce(List<String[]> tickets) {
        TreeSet<String> ids = new TreeSet<>();
        for (String[] t : tickets) {
            LocalDateTime created = Timestamps.parse(t[1]);
            boolean repeat = t[3].equals("抱怨") && !t[4].isEmpty() && tickets.stream().anyMatch(e ->
                    e[3].equals("抱怨") && e[4].equals(t[4]) && Timestamps.parse(e[1]).isBefore(created)
                            && !Timestamps.parse(e[1]).isBefore(created.minusDays(30)));
            if (repeat) {
                ids.add(t[0]);
            }
        }
        return new ArrayList<>(ids);
    }

    private List<String> repeats() throws SQLException {
        List<String> ids = new ArrayList<>();
        query("SELECT ticket_id FROM ticket WHERE is_repeat = 1", rs -> ids.add(rs.getString(1)));
        Collections.sort(ids);
        return ids;
    }

    /** Repeat counts per day and district in the day-and-category roll-up; per day, the channel roll-up's the same. */
    private Map<String, Long> repeatRollup() throws SQLException {
        Map<String, Long> byDistrict = new TreeMap<>();
        query("SELECT day, (SELECT name FROM name_code WHERE code = district_code), sum(repeats) FROM rollup_category_day"
                + " GROUP BY 1, 2 HAVING sum(repeats) <> 0",
                rs -> byDistrict.put(rs.getString(1) + "|" + rs.getString(2), rs.getLong(3)));
        Map<String, Long> byChannel = new TreeMap<>();
        query("SELECT day, sum(repeats) FROM rollup_channel_day GROUP BY 1 HAVING sum(repeats) <> 0",
                rs -> byChannel.put(rs.getString(1), rs.getLong(2)));
        Map<String, Long> perDay = new TreeMap<>();
        byDistrict.forEach((dayAndDistrict, n) -> perDay.merge(dayAndDistrict.substring(0, 10), n, Long::sum));
        assertEquals(perDay, byChannel);
        return byDistrict;
    }

    private interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    private long count(String sql) throws SQLException {
        long[] n = new long[1];
        query(sql, rs -> n[0] = rs.getLong(1));
        return n[0];
    }

    private void query(String sql, RowReader reader) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + store.file());
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                reader.read(rs);
            }
        }
    }
}
