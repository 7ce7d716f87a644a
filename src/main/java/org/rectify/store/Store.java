package org.rectify.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;

/**
 * The SQLite file in the data folder. Opening it takes the writer lock when it is free and
 * brings the schema up to date; without the lock the store can still be read.
 */
public final class Store implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Store.class);

    /**
     * The page size of a new store. With SQLite's default 4 KiB, a 1M-row import wrote and then
     * checkpointed 52,000 WAL frames, a few system calls each; with 64 KiB the same bytes go in 3,300
     * (the commit's checkpoint 0.95 → 0.46 s, the whole import ~0.6 s faster in time order and ~1 s
     * sorted by district; a file of 10,000 scattered updates no slower). SQLite checkpoints after a
     * commit once the WAL holds 1,000 pages: 64 MB now, so that a weekly import (~70 pages) does not
     * checkpoint and sync the file at each commit as it did with a threshold of 4 MB. A store made
     * before keeps its pages: the size can only change by rewriting the whole file.
     */
    static final int NEW_STORE_PAGE_SIZE = 65_536;

    static {
        NativeLibraryCache.prepare(); // before the first connection loads the library
    }

    private final Path folder;
    private final Path file;
    private final WriterLock writerLock;
    /**
     * An idle connection held while the store is open: SQLite checkpoints and deletes the WAL when
     * its last connection closes, and without this every short read or write would pay for that.
     */
    private Connection keeper;
    /** The connection of this thread's {@link #inOneRead} work, while it runs. */
    private final ThreadLocal<Connection> readScope = new ThreadLocal<>();
    /** A restore staged earlier and put in place as this store opened: said once in the window. */
    private Restore.RestoredAtOpen restoredAtOpen;

    private Store(Path folder, WriterLock writerLock) {
        this.folder = folder;
        this.file = folder.resolve(DataFolder.STORE_FILE);
        this.writerLock = writerLock;
    }

    /** The restore this opening put in place, if one was waiting. */
    public java.util.Optional<Restore.RestoredAtOpen> restoredAtOpen() {
        return java.util.Optional.ofNullable(restoredAtOpen);
    }

    /** Opens (and creates or migrates, when this process may write) the store in {@code folder}. */
    public static Store open(Path folder) {
        return open(folder, Migrator.latestVersion());
    }

    /** Opens the store migrated only up to {@code schemaVersion}: for tests of older stores. */
    static Store open(Path folder, int schemaVersion) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw DataFolder.notWritable(folder, e);
        }
        Optional<WriterLock> lock = WriterLock.tryAcquire(folder);
        Store store = new Store(folder, lock.orElse(null));
        if (lock.isPresent()) {
            store.restoredAtOpen = Restore.applyPending(folder).orElse(null);
        }
        if (Files.exists(store.file)) {
            try {
                StoreRecovery.requireReadable(folder, store.file);
            } catch (StoreException e) {
                lock.ifPresent(WriterLock::close);
                throw e;
            }
        }
        if (lock.isPresent()) {
            if (!Files.exists(store.file)) {
                store.createFile();
            }
            new Migrator(store).migrateTo(schemaVersion);
            store.keeper = store.connect();
        } else {
            LOG.info("Store {} opened read-only: {} holds the writer lock", store.file, WriterLock.describeHolder(folder));
            store.requireCurrentSchema();
        }
        return store;
    }

    public Path folder() {
        return folder;
    }

    public Path file() {
        return file;
    }

    public boolean isWriter() {
        return writerLock != null;
    }

    /** Throws a message naming the process that writes, when this one may not. */
    public void requireWriter() {
        if (writerLock == null) {
            throw new StoreBusyException("The store " + file + " is being written by " + WriterLock.describeHolder(folder)
                    + ". Close the other Rectify window or wait until its import ends, then try again.");
        }
    }

    /** A new connection with the store's settings; the caller closes it. */
    Connection connect() {
        return connect(new SQLiteConfig());
    }

    /**
     * Runs {@code work} with one connection for all the reads it makes on this thread, in one read
     * transaction: its figures all come from one state of the store (an import committing meanwhile
     * is seen by all of them or by none), and it opens one connection where each query opened its
     * own (0.3–0.7 ms each: the districts screen made ~130). Work inside work shares the outer scope.
     * Only for reading: what work writes through other connections, its reads do not see.
     */
    public <T> T inOneRead(java.util.function.Supplier<T> work) {
        if (readScope.get() != null) {
            return work.get();
        }
        // the read transaction begins with the first query and ends as the connection closes
        try (Connection c = connect()) {
            c.setAutoCommit(false);
            readScope.set(c);
            try {
                return work.get();
            } finally {
                readScope.remove();
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot read the store: " + e.getMessage(), e);
        }
    }

    /**
     * A connection to read through: inside {@link #inOneRead}, its connection (closing it leaves it open
     * for the next query), else a new one. The caller closes it.
     */
    Connection connectForReading() {
        Connection scoped = readScope.get();
        return scoped != null ? ScopedConnection.of(scoped) : connect();
    }

    /**
     * The connection a file's import writes through: no per-row foreign-key lookups — the rows written
     * point at the run row inserted first in the same transaction — and a modest page cache. A big
     * file's pages spill to the WAL as they fill it either way; a 128 MB cache (sessions 1–10) only
     * added page faults while it grew and its whole dirty content to write at the commit: a 1M-row
     * import 0.5 s slower in time order, 0.2 s sorted by district, than with 16 MB.
     */
    Connection connectForImport() {
        SQLiteConfig config = new SQLiteConfig();
        // one thread at a time uses an import's connection: SQLite's own lock around every call (two for each
        // bound value) is not needed
        config.setOpenMode(org.sqlite.SQLiteOpenMode.NOMUTEX);
        Connection c = connect(config);
        try (var st = c.createStatement()) {
            st.executeUpdate("PRAGMA foreign_keys = OFF");
            st.executeUpdate("PRAGMA cache_size = -16000");
        } catch (SQLException e) {
            throw new StoreException("Cannot prepare the import connection: " + e.getMessage(), e);
        }
        return c;
    }

    private Connection connect(SQLiteConfig config) {
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(10_000);
        config.setTempStore(SQLiteConfig.TempStore.MEMORY);
        config.setCacheSize(-32_000);
        // Otherwise the driver runs SELECT last_insert_rowid() as a statement of its own after every INSERT
        // (a 1M-row import: 56,000 of them, 1.1 s of the command); an insert that needs its id says RETURNING id.
        config.setGetGeneratedKeys(false);
        try {
            return config.createConnection("jdbc:sqlite:" + file);
        } catch (SQLException e) {
            throw new StoreException("Cannot open the store " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Makes the empty store file with {@link #NEW_STORE_PAGE_SIZE} pages: the size must be set before
     * the first page is written, and switching to WAL writes it.
     */
    private void createFile() {
        try (Connection c = new SQLiteConfig().createConnection("jdbc:sqlite:" + file); var st = c.createStatement()) {
            st.execute("PRAGMA page_size = " + NEW_STORE_PAGE_SIZE);
            st.execute("PRAGMA journal_mode = WAL");
        } catch (SQLException e) {
            throw new StoreException("Cannot create the store " + file + ": " + e.getMessage(), e);
        }
    }

    /** The file's page size. */
    int pageSize() {
        try (Connection c = connect(); var st = c.createStatement(); var rs = st.executeQuery("PRAGMA page_size")) {
            return rs.getInt(1);
        } catch (SQLException e) {
            throw new StoreException("Cannot read the page size of " + file, e);
        }
    }

    int schemaVersion() {
        try (Connection c = connect(); var st = c.createStatement(); var rs = st.executeQuery("PRAGMA user_version")) {
            return rs.getInt(1);
        } catch (SQLException e) {
            throw new StoreException("Cannot read the schema version of " + file, e);
        }
    }

    private void requireCurrentSchema() {
        int version = Files.exists(file) ? schemaVersion() : 0;
        if (version != Migrator.latestVersion()) {
            throw new StoreBusyException("The store " + file + " (schema " + version + ") needs an upgrade, but "
                    + WriterLock.describeHolder(folder) + " holds it. Close the other Rectify and try again.");
        }
    }

    @Override
    public void close() {
        if (keeper != null) {
            try {
                keeper.close();
            } catch (SQLException e) {
                LOG.warn("Closing the store's idle connection failed: {}", e.getMessage());
            }
            keeper = null;
        }
        if (writerLock != null) {
            writerLock.close();
        }
    }
}
