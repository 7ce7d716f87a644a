package org.rectify.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rectify.domain.ChecklistItem;
import org.rectify.domain.Evidence;
import org.rectify.domain.ImportCounts;
import org.rectify.domain.ItemKind;
import org.rectify.domain.Period;
import org.rectify.domain.SyncStatus;
import org.sqlite.SQLiteConnection;

/**
 * The store's connections do not ask the driver for generated keys (it would run a query of its own
 * after every INSERT, the import's included); the inserts that need their new row's id read it with
 * RETURNING: each row written once, and the id returned is the row's.
 */
class InsertedIdsTest {

    private static final LocalDateTime AT = LocalDateTime.of(2014, 6, 2, 9, 30);

    @TempDir
    Path folder;

    @Test
    void noConnectionOfTheStoreRunsTheDriversKeyQuery() throws SQLException {
        try (Store store = Store.open(folder)) {
            for (Connection c : List.of(store.connect(), store.connectForImport())) {
                try (c) {
                    assertFalse(c.unwrap(SQLiteConnection.class).getConnectionConfig().isGetGeneratedKeys());
                }
            }
        }
    }

    @Test
    void aLoggedRunGetsTheIdOfItsOneRow() throws SQLException {
        try (Store store = Store.open(folder)) {
            SyncLog log = new SyncLog(store);
            List<Long> ids = new ArrayList<>();
            for (String name : List.of("a.csv", "b.csv", "c.csv")) {
                ids.add(log.recordWithoutRows(new RunFile(name, "/in/" + name, "hash-" + name, 10), "standard",
                        SyncStatus.REFUSED, new ImportCounts(0, 0, 0, 0, 0), "no ticket column", 1));
            }
            try (var transaction = log.begin(new RunFile("d.csv", "/in/d.csv", "hash-d", 20), "standard")) {
                ids.add(transaction.runId());
                transaction.commit(new ImportCounts(0, 0, 0, 0, 0), null);
            }
            assertEquals(List.of("a.csv", "b.csv", "c.csv", "d.csv"), namesOf(store, ids, "sync_run", "file_name"));
            assertEquals(4, count(store, "sync_run"), "each run written once");
        }
    }

    @Test
    void checklistItemsAndEvidenceGetTheIdsOfTheirRows() throws SQLException {
        try (Store store = Store.open(folder)) {
            ChecklistStore checklist = new ChecklistStore(store);
            Period week = Period.parse("2014-W22");
            List<ChecklistItem> proposed = List.of("宽带修障超时", "施工不规范", "收费后无法装机").stream()
                    .map(title -> ChecklistItem.proposed(week, "龙华", ItemKind.MANUAL, "", title, null, null, null,
                            null, null, null, LocalDate.of(2014, 6, 6)))
                    .toList();
            List<ChecklistItem> stored = checklist.insert(proposed, "王经理", AT);
            List<Long> ids = stored.stream().map(ChecklistItem::id).toList();
            assertEquals(List.of("宽带修障超时", "施工不规范", "收费后无法装机"), namesOf(store, ids, "checklist_item", "title"));
            assertEquals(3, count(store, "checklist_item"), "each item written once");
            assertEquals(3, count(store, "checklist_history"), "one history row 'created' each");

            Evidence evidence = new ChecklistEvidence(store).add(ids.get(1), "整改前.jpg", "evidence/1/整改前.jpg", "王经理", AT);
            assertEquals(List.of("整改前.jpg"), namesOf(store, List.of(evidence.id()), "checklist_evidence", "file_name"));
            assertEquals(1, count(store, "checklist_evidence"));
            assertEquals(List.of(evidence), new ChecklistEvidence(store).of(ids.get(1)));
        }
    }

    /** The column {@code column} of the rows with these ids, in the order of the ids. */
    private static List<String> namesOf(Store store, List<Long> ids, String table, String column) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection c = store.connect();
             var st = c.prepareStatement("SELECT " + column + " FROM " + table + " WHERE id = ?")) {
            for (long id : ids) {
                st.setLong(1, id);
                try (ResultSet rs = st.executeQuery()) {
                    names.add(rs.next() ? rs.getString(1) : null);
                }
            }
        }
        return names;
    }

    private static long count(Store store, String table) throws SQLException {
        try (Connection c = store.connect(); var st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM " + table)) {
            return rs.getLong(1);
        }
    }
}
