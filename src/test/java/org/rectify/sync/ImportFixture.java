package org.rectify.sync;

import java.nio.file.Path;
import org.rectify.store.Store;
import org.rectify.store.SyncLog;
import org.rectify.store.TicketQueries;

/** A store with its sync log, an importer and ticket queries over it: what an import test works with. */
record ImportFixture(Store store, SyncLog log, TicketImporter importer, TicketQueries queries) implements AutoCloseable {

    static ImportFixture in(Path folder) {
        Store store = Store.open(folder);
        SyncLog log = new SyncLog(store);
        return new ImportFixture(store, log, new TicketImporter(log), new TicketQueries(store));
    }

    @Override
    public void close() {
        store.close();
    }
}
