package org.rectify.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import org.rectify.store.ReferenceData;
import org.rectify.store.Store;
import org.rectify.store.SyncLog;
import org.rectify.store.TicketQueries;
import org.rectify.sync.FolderSync;
import org.rectify.sync.SubscriberImporter;
import org.rectify.sync.TicketImporter;
import org.rectify.sync.demo.DemoLoader;
import org.rectify.ui.RectifyApp;
import org.rectify.ui.common.DesktopAnalytics;
import org.rectify.ui.common.DesktopServices;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Starts the real desktop app (headless, Monocle) over a test store, as the app's wiring would. */
public final class DesktopHarness {

    private DesktopHarness() {
    }

    /** The app over {@code store}, watching {@code folder}/watched, in Chinese with the light theme. */
    public static Application start(Store store, Path folder) throws Exception {
        return start(store, folder, Locale.SIMPLIFIED_CHINESE);
    }

    /** The app over {@code store} in {@code language}, with the light theme. */
    public static Application start(Store store, Path folder, Locale language) throws Exception {
        SyncLog log = new SyncLog(store);
        TicketImporter importer = new TicketImporter(log,
                new org.rectify.sync.ProfileLibrary(store.folder().resolve("profiles")));
        ReferenceData reference = new ReferenceData(store);
        Path watched = Files.createDirectories(folder.resolve("watched"));
        DesktopServices services = new DesktopServices(store.folder(), store.isWriter(), new TicketQueries(store),
                reference, new DemoLoader(importer, new SubscriberImporter(reference), new org.rectify.store.Settings(store)),
                folder.resolve("demo"), new FolderSync(importer), watched,
                DesktopAnalytics.over(store, reference),
                new org.rectify.checklist.ChecklistService(store, java.time.Clock.systemDefaultZone()),
                new org.rectify.ui.common.DesktopSync(importer, log, new org.rectify.store.RejectedRows(store),
                        new org.rectify.store.Settings(store)),
                new org.rectify.ui.common.DesktopSettings(new org.rectify.analytics.KpiConfiguration(
                        new org.rectify.store.KpiSettings(store), reference, new org.rectify.store.RollupQueries(store),
                        new org.rectify.store.Settings(store), new org.rectify.store.Rollups(store)),
                        new SubscriberImporter(reference), new org.rectify.store.Backup(store)));
        RectifyApp.prepare(services, language, "light");
        FxToolkit.registerPrimaryStage();
        return FxToolkit.setupApplication(RectifyApp::new);
    }

    /** A store in {@code folder}/data holding the hand-computed KPI set (src/test/resources/kpi). */
    public static Store handSet(Path folder) {
        Store store = Store.open(folder.resolve("data"));
        new TicketImporter(new SyncLog(store)).importFile(Path.of("src/test/resources/kpi/tickets.csv"),
                org.rectify.sync.ImportListener.NONE);
        new SubscriberImporter(new ReferenceData(store)).importFile(Path.of("src/test/resources/kpi/subscribers.csv"));
        return store;
    }

    public static void stop(Application app) throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    /** Waits (up to 15 s) until {@code condition}, evaluated on the FX thread, holds. */
    public static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
    }
}
