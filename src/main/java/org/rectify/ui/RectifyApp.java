package org.rectify.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.rectify.domain.Grain;
import org.rectify.domain.Period;
import org.rectify.ui.common.DesktopServices;
import org.rectify.ui.common.FxDialogService;
import org.rectify.ui.common.PrivacyGuard;
import org.rectify.ui.common.TaskRunner;
import org.rectify.ui.i18n.Messages;
import org.rectify.ui.shell.PeriodBar;
import org.rectify.ui.shell.Selection;
import org.rectify.ui.shell.Shell;
import org.rectify.ui.shell.WindowPrefs;
import org.rectify.ui.startup.DemoStart;
import org.rectify.ui.startup.FrontRequests;
import org.rectify.ui.startup.StartDialogs;
import org.rectify.ui.startup.StartupController;
import org.rectify.ui.theme.Theme;
import org.rectify.ui.theme.ThemeManager;
import org.rectify.ui.meeting.MeetingController;
import org.rectify.report.pack.MeetingPackBuilder;

/** The JavaFX application: builds the shell and its screens from the services the app layer hands over. */
public final class RectifyApp extends Application {

    /** Preferences node of the desktop; tests pass their own through {@code rectify.prefs}. */
    private static final String PREFS_NODE = System.getProperty("rectify.prefs", "org/rectify/desktop");

    // JavaFX instantiates the Application itself, so the launcher leaves what it needs here.
    private static DesktopServices services;
    private MeetingMode meeting;
    private static Path screenshotFolder;
    private static Locale locale = Messages.CHINESE;
    private static String themeChoice;

    private TaskRunner runner;
    private FxDialogService dialogs;
    private PrivacyGuard privacy;
    private StartupController startup;
    private Shell shell;
    private Screens screens;
    private WindowPrefs prefs;
    private ThemeManager themes;
    private Selection selection;
    private PeriodBar periodBar;
    private Stage stage;
    private LatestPeriod latestPeriod;
    /** A first start's demo load, begun before the toolkit starts; handed to the start-up controller. */
    private static DemoStart demoStart;
    /** A store that could not be opened, asked about before the window; or null. */
    private static Damage damage;
    /** Why the app could not start (a data folder that cannot be written …), said in a window; or null. */
    private static org.rectify.store.StoreException startFailure;
    /** The status line's note after a damaged store was replaced by its backup; or null. */
    private static String recoveredNote;
    /** What the background quick_check found in the open store, waiting for the window; or null. */
    private static volatile String checkFindings;
    private static volatile RectifyApp running;
    private final StartDialogs startDialogs = new StartDialogs();

    /** Opens the window and returns when it is closed. With a screenshot folder, renders the screens and exits. */
    public static void launch(DesktopServices desktopServices, Path screenshots, Locale language, String theme) {
        services = desktopServices;
        screenshotFolder = screenshots;
        locale = language;
        themeChoice = theme;
        demoStart = DemoStart.beginIfEmpty(desktopServices);
        Application.launch(RectifyApp.class);
    }

    /** A backup staged earlier took the store's place as it opened: the window's status line says so once. */
    public static void restoredAtStart(String backup, String keptAs) {
        recoveredNote = Messages.format("store.restoredAtStart", backup, keptAs);
    }

    /** A store that could not be opened: its file, the sound backup offered, and how to put it in place. */
    public record Damage(String file, String backup, java.util.function.Supplier<Recovered> restore) {
    }

    /** The services of the store restored from a backup, and where the damaged file was kept. */
    public record Recovered(DesktopServices services, String keptAs) {
    }


    /**
     * The store's background check found damage: the window says so and offers to put the newest sound
     * backup in the store's place at the next start (the damaged store kept beside it).
     */
    public static void storeCheckFailed(String findings) {
        checkFindings = findings;
        RectifyApp app = running;
        if (app != null) {
            Platform.runLater(app::offerRestoreAfterCheck);
        }
    }

    private void offerRestoreAfterCheck() {
        String findings = checkFindings;
        if (findings == null) {
            return;
        }
        checkFindings = null;
        java.util.Optional<Path> backup = org.rectify.store.StoreRecovery.newestGoodBackup(services.dataFolder());
        if (startDialogs.restoreAfterCheck(stage, findings, backup)) {
            org.rectify.store.Restore.stage(services.dataFolder(), backup.get());
            shell.setStatus(Messages.get("store.checkFailed.staged"));
        }
    }

    /** Another launch on this data folder brings this window forward (or null: this one only reads). */
    private FrontRequests frontRequests;

    private void toFront() {
        stage.setIconified(false);
        stage.toFront();
        stage.requestFocus();
    }

    /** The handler before this window's: given back when it closes. */
    private Thread.UncaughtExceptionHandler uncaughtBefore;

    /** Says in a window why the app cannot start, then ends. */
    public static void launchStartFailure(org.rectify.store.StoreException failure, Locale language) {
        services = null;
        startFailure = failure;
        screenshotFolder = null;
        locale = language;
        Application.launch(RectifyApp.class);
    }

    /**
     * Opens the window on a store that could not be opened: it first asks whether to restore the
     * backup offered; declined, the app ends and the damaged store stays as it is.
     */
    public static void launchAfterDamage(Damage storeDamage, Locale language, String theme) {
        services = null;
        damage = storeDamage;
        screenshotFolder = null;
        locale = language;
        themeChoice = theme;
        Application.launch(RectifyApp.class);
    }

    /** Asks about the damaged store; true once the backup is in place and the services are open. */
    private boolean recoverFromDamage() {
        if (!startDialogs.restoreDamaged(damage.file(), damage.backup())) {
            return false;
        }
        Recovered recovered = damage.restore().get();
        services = recovered.services();
        recoveredNote = Messages.format("store.damaged.restored", damage.backup(), recovered.keptAs());
        damage = null;
        demoStart = DemoStart.beginIfEmpty(services);
        return true;
    }

    /** For tests that start the app inside an FX toolkit they manage. */
    public static void prepare(DesktopServices desktopServices, Locale language, String theme) {
        services = desktopServices;
        screenshotFolder = null;
        locale = language;
        themeChoice = theme;
        demoStart = DemoStart.beginIfEmpty(desktopServices);
    }

    @Override
    public void start(Stage primaryStage) {
        this.stage = primaryStage;
        prefs = new WindowPrefs(PREFS_NODE);
        // the language given on the command line, else the one last chosen in the settings, else Chinese
        Messages.use(locale != null ? locale : Messages.localeFor(prefs.language("zh")));
        if (startFailure != null) {
            if (startFailure instanceof org.rectify.store.DataFolderNotWritableException notWritable) {
                startDialogs.folderNotWritable(notWritable);
            } else {
                startDialogs.startFailed(startFailure.getMessage());
            }
            Platform.exit();
            return;
        }
        if (damage != null && !recoverFromDamage()) {
            Platform.exit();
            return;
        }
        uncaughtBefore = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> {
            org.slf4j.LoggerFactory.getLogger(RectifyApp.class).error("Uncaught exception in {}", thread.getName(), error);
            Platform.runLater(() -> startDialogs.unexpected(stage, error));
        });
        themes = new ThemeManager(Theme.byKey(themeChoice != null ? themeChoice : prefs.theme("light")).orElse(Theme.LIGHT));
        runner = new TaskRunner();
        selection = new Selection();
        periodBar = new PeriodBar(selection, themes.theme());
        latestPeriod = new LatestPeriod(services.analytics().kpis(), selection, runner, () -> periodBar, () -> shell);
        FxDialogService dialogs = new FxDialogService(stage, text -> shell.setStatus(text), getHostServices());
        PrivacyGuard privacy = new PrivacyGuard(dialogs);
        this.dialogs = dialogs;
        this.privacy = privacy;
        buildScreens();
        javafx.geometry.Dimension2D size = prefs.size(new javafx.geometry.Dimension2D(1280, 800),
                javafx.stage.Screen.getPrimary().getVisualBounds());
        Scene scene = new Scene(shell.root(), size.getWidth(), size.getHeight());
        themes.attach(scene);
        WindowInput.drops(scene, () -> !meeting.active() && services.writer(), this::dropFiles);
        stage.setTitle(Messages.get("app.windowTitle"));
        stage.getIcons().add(new Image(RectifyApp.class.getResource("/rectify/icons/rectify.png").toExternalForm()));
        stage.setScene(scene);
        stage.setFullScreenExitHint(Messages.get("app.fullScreenHint"));
        // in front of others the numbers hide themselves: the projector theme and full screen mask them
        stage.fullScreenProperty().addListener((obs, was, now) -> {
            if (now) {
                privacy.mask();
            }
        });
        themes.theme().addListener((obs, was, now) -> {
            if (now == Theme.PROJECTOR) {
                privacy.mask();
            }
        });
        meeting = new MeetingMode(stage, themes, new MeetingController(() -> new MeetingPackBuilder(
                services.analytics().districts(), services.analytics().trends(), services.analytics().pareto(),
                services.checklist()), services.checklist(), runner), privacy, () -> shell.root(), () -> shell.refreshCurrent(),
                screenshotFolder == null);
        WindowInput.keys(scene, stage, screens.entries().stream().filter(e -> e.screen() != null).map(Shell.Entry::id).toList(),
                id -> shell.show(id), delta -> periodBar.step(delta), meeting::enter);
        stage.setMinWidth(1024);
        stage.setMinHeight(680);
        stage.setMaximized(screenshotFolder == null && prefs.maximized());
        stage.show();
        org.slf4j.LoggerFactory.getLogger(RectifyApp.class).info("Window shown{}", demoStart != null ? " (demo data loading)" : "");
        shell.setOnScreenShown(prefs::saveScreen);
        if (demoStart == null) {
            loadSelection();
        } // else the demo is loading since before the window: no period (and no partial figure) until it is in
        shell.show(screenshotFolder != null ? "dashboard" : prefs.screen("dashboard"));
        startup = new StartupController(services, runner, () -> shell, this::dataChanged,
                results -> screens.sync.folderScanned(results), demoStart);
        demoStart = null;
        screens.sync.setFolderWatch(folder -> startup.watch(folder));
        startup.start();
        if (services.writer()) {
            frontRequests = FrontRequests.listen(services.dataFolder(), () -> Platform.runLater(this::toFront));
        }
        running = this;
        if (checkFindings != null) {
            Platform.runLater(this::offerRestoreAfterCheck);
        }
        if (recoveredNote != null) {
            shell.setStatus(recoveredNote);
            recoveredNote = null;
        }
        if (screenshotFolder != null) {
            new ScreenshotRunner(stage, shell, themes, screenshotFolder, meeting, screens.wizardForScreenshots()).start();
        }
    }

    /** The period bar's districts and the latest period, read in the background (see LatestPeriod). */
    private void loadSelection() {
        periodBar.presetGrain(Grain.valueOf(prefs.grain(Grain.MONTH.name())));
        latestPeriod.load();
    }

    /** After an import: new districts and a new as-of date; the shown screen reads again. */
    private void dataChanged() {
        loadSelection();
        shell.refreshCurrent();
    }

    /** The screens and the shell around them, in the language in use. */
    private void buildScreens() {
        screens = new Screens(services, selection, themes, runner, dialogs, privacy, id -> shell.show(id), this::dataChanged,
                this::switchLanguage);
        shell = new Shell(screens.entries(), periodBar.root(), privacy, services.dataFolder().toString());
    }

    /**
     * Another language at once: every screen is built again in it (their texts are read when they
     * are built), the settings screen shown again; the choice is kept for the next start.
     */
    void switchLanguage(Locale language) {
        Messages.use(language);
        prefs.saveLanguage(language.getLanguage());
        shell.leave();
        Period shown = selection.period().get();
        periodBar = new PeriodBar(selection, themes.theme());
        buildScreens();
        screens.sync.setFolderWatch(folder -> startup.watch(folder));
        screens.sync.showWatchedFolder(startup.watchedFolder());
        shell.setOnScreenShown(prefs::saveScreen);
        stage.getScene().setRoot(shell.root());
        stage.setTitle(Messages.get("app.windowTitle"));
        stage.setFullScreenExitHint(Messages.get("app.fullScreenHint"));
        meeting.buildView();
        loadSelection();
        selection.period().set(shown);
        shell.show("settings");
    }

    /** The screens' controllers, for tests that drive what a dialog would answer. */
    Screens screens() {
        return screens;
    }

    /** What a drop does: the sync screen shows and takes the files. */
    void dropFiles(List<java.nio.file.Path> files) {
        shell.show("sync");
        screens.sync.addFiles(files);
    }

    @Override
    public void stop() {
        if (prefs != null && screenshotFolder == null) {
            prefs.saveWindow(stage.getWidth(), stage.getHeight(), stage.isMaximized());
            prefs.saveTheme(themes.theme().get().key());
            if (selection.period().get() != null) {
                prefs.saveGrain(selection.period().get().grain().name());
            }
            prefs.flush();
        }
        if (startup != null) {
            startup.stop();
        }
        if (frontRequests != null) {
            frontRequests.close();
        }
        running = null;
        if (uncaughtBefore != null || Thread.getDefaultUncaughtExceptionHandler() != null) {
            Thread.setDefaultUncaughtExceptionHandler(uncaughtBefore);
        }
        if (runner != null) {
            runner.close();
        }
    }
}
