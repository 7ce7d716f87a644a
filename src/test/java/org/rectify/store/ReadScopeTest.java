package org.rectify.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Store#inOneRead}: every read of the work goes through one connection in one read transaction,
 * so a write committed meanwhile is seen by none of them; the scope ends with the work, however it ends.
 */
class ReadScopeTest {

    @TempDir
    Path folder;

    @Test
    void theReadsOfOneScopeSeeOneStateOfTheStore() {
        try (Store store = Store.open(folder.resolve("a"))) {
            ReferenceData reference = new ReferenceData(store);
            addDistrict(store, "龙华");
            List<List<String>> seen = store.inOneRead(() -> {
                List<String> before = reference.districts();
                addDistrict(store, "坪山"); // committed by another connection while the scope reads
                return List.of(before, reference.districts());
            });
            assertEquals(List.of("龙华"), seen.get(0));
            assertEquals(seen.get(0), seen.get(1), "the second read inside the scope saw the later write");
            assertEquals(List.of("龙华", "坪山"), reference.districts(), "after the scope the write is seen");
        }
    }

    @Test
    void workInsideWorkSharesTheOuterScope() {
        try (Store store = Store.open(folder.resolve("a"))) {
            Connection[] connections = new Connection[2];
            store.inOneRead(() -> {
                connections[0] = unwrapped(store);
                return store.inOneRead(() -> connections[1] = unwrapped(store));
            });
            assertSame(connections[0], connections[1]);
        }
    }

    @Test
    void aQueryClosingItsConnectionLeavesTheScopeOpenAndMayNotEndItsTransaction() {
        try (Store store = Store.open(folder.resolve("a"))) {
            addDistrict(store, "龙华");
            ReferenceData reference = new ReferenceData(store);
            store.inOneRead(() -> {
                try (Connection c = store.connectForReading()) {
                    assertThrows(UnsupportedOperationException.class, c::commit);
                    assertThrows(UnsupportedOperationException.class, () -> c.setAutoCommit(true));
                } catch (SQLException e) {
                    throw new AssertionError(e);
                }
                return reference.districts(); // the scope's connection still reads after the close above
            });
        }
    }

    @Test
    void aScopeOfOneStoreDoesNotLendItsConnectionToAnother() {
        try (Store a = Store.open(folder.resolve("a")); Store b = Store.open(folder.resolve("b"))) {
            addDistrict(a, "龙华");
            addDistrict(b, "坪山");
            List<String> readFromB = a.inOneRead(() -> new ReferenceData(b).districts());
            assertEquals(List.of("坪山"), readFromB);
        }
    }

    @Test
    void aScopeEndsWhenItsWorkFails() {
        try (Store store = Store.open(folder.resolve("a"))) {
            ReferenceData reference = new ReferenceData(store);
            assertThrows(IllegalStateException.class, () -> store.inOneRead(() -> {
                reference.districts();
                throw new IllegalStateException("the work fails");
            }));
            addDistrict(store, "大鹏");
            assertEquals(List.of("大鹏"), reference.districts(), "a read after the failed work is not held in its scope");
            assertTrue(store.inOneRead(() -> reference.districts().contains("大鹏")));
        }
    }

    /** The connection a query inside the scope reads through, unwrapped from its unclosable proxy. */
    private static Connection unwrapped(Store store) {
        try (Connection c = store.connectForReading()) {
            return c.unwrap(org.sqlite.SQLiteConnection.class);
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    private static void addDistrict(Store store, String name) {
        try (Connection c = store.connect();
             PreparedStatement st = c.prepareStatement("INSERT INTO district (name, sort_order) VALUES (?, ?)")) {
            st.setString(1, name);
            st.setInt(2, List.of("龙华", "坪山", "大鹏").indexOf(name));
            st.executeUpdate();
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }
}
