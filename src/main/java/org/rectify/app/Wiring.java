package org.rectify.app;

import java.nio.file.Path;
import org.rectify.store.Backup;
import org.rectify.store.ReferenceData;
import org.rectify.store.Settings;
import org.rectify.store.Store;
import org.rectify.store.StoreCheck;
import org.rectify.store.SyncLog;
import org.rectify.store.TicketQueries;
import org.rectify.sync.SubscriberImporter;
import org.rectify.sync.ProfileLibrary;
import org.rectify.sync.TicketImporter;
import org.rectify.sync.demo.DemoLoader;
import org.rectify.ui.common.DesktopAnalytics;

/** Builds the object graph by hand from the data folder: constructors only, no container. */
public final class Wiring implements AutoCloseable {

    private final Store store;
    private final SyncLog syncLog;
    private final TicketImporter ticketImporter;
    private final ReferenceData referenceData;
    private final SubscriberImporter subscriberImporter;
    private final TicketQueries ticketQueries;

    public Wiring(Path dataFolder) {
        this.store = Store.open(dataFolder);
        this.syncLog = new SyncLog(store);
        this.ticketImporter = new TicketImporter(syncLog, new ProfileLibrary(store.folder().resolve("profiles")));
        this.referenceData = new ReferenceData(store);
        this.subscriberImporter = new SubscriberImporter(referenceData);
        this.ticketQueries = new TicketQueries(store);
    }

    /** The analytics over the roll-ups, for the desktop's screens. */
    public DesktopAnalytics analytics() {
        return DesktopAnalytics.over(store, referenceData);
    }

    public Store store() {
        return store;
    }

    public SyncLog syncLog() {
        return syncLog;
    }

    public TicketImporter ticketImporter() {
        return ticketImporter;
    }

    public SubscriberImporter subscriberImporter() {
        return subscriberImporter;
    }

    public ReferenceData referenceData() {
        return referenceData;
    }

    public TicketQueries ticketQueries() {
        return ticketQueries;
    }

    public DemoLoader demoLoader() {
        return new DemoLoader(ticketImporter, subscriberImporter, new Settings(store));
    }

    /** The KPI settings with their rules, as the settings screen changes them. */
    public org.rectify.analytics.KpiConfiguration kpiConfiguration() {
        return new org.rectify.analytics.KpiConfiguration(new org.rectify.store.KpiSettings(store), referenceData,
                new org.rectify.store.RollupQueries(store), new Settings(store), new org.rectify.store.Rollups(store));
    }

    public StoreCheck storeCheck() {
        return new StoreCheck(store);
    }

    public Backup backup() {
        return new Backup(store);
    }

    /** Where the demo command and the first start write the demo's export files. */
    public Path demoExportFolder() {
        return store.folder().resolve("demo-exports");
    }

    @Override
    public void close() {
        store.close();
    }
}
