package org.rectify.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.rectify.domain.Grain;
import org.rectify.domain.Period;
import org.rectify.analytics.DataSpan;
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
import org.rectify.ui.meeting.MeetingView;
import org.rectify.report.pack.MeetingPackBuilder;

/** The JavaFX application: builds the shell and its screens from the services the app layer hands over. */
public final class RectifyApp extends Application {

    /** Preferences node of the desktop; tests pass their own through {@code rectify.prefs}. */
    private static final String PREFS_NODE = System.getProperty("rectify.prefs", "org/rectify/desktop");

    // JavaFX instantiates the Application itself, so the launcher leaves what it needs here.
    private static DesktopServices services;
    private MeetingController meetingController;
    private MeetingView meetingView;
    private boolean inMeeting;
    private Theme themeBeforeMeeting;
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
    private LocalDate latestShown;
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
        FxDialogService dialogs = new FxDialogService(stage, text -> shell.setStatus(text), getHostServices());
        PrivacyGuard privacy = new PrivacyGuard(dialogs);
        this.dialogs = dialogs;
        this.privacy = privacy;
        buildScreens();
        Scene scene = new Scene(shell.root(), prefs.width(1280), prefs.height(800));
        themes.attach(scene);
        addShortcuts(scene);
        acceptDroppedFiles(scene);
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
        meetingController = new MeetingController(() -> new MeetingPackBuilder(services.analytics().districts(),
                services.analytics().trends(), services.analytics().pareto(), services.checklist()), services.checklist(), runner);
        meetingView = new MeetingView(meetingController.model(), meetingController, privacy, this::leaveMeeting);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F5), this::enterMeeting);
        stage.fullScreenProperty().addListener((obs, was, now) -> {
            if (!now && inMeeting && screenshotFolder == null) {
                leaveMeeting();
            }
        });
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
            new ScreenshotRunner(stage, shell, themes, screenshotFolder, new ScreenshotRunner.Meeting() {
                @Override
                public void enter() {
                    enterMeeting();
                }

                @Override
                public boolean ready() {
                    return meetingController.model().pack().get() != null;
                }

                @Override
                public void showDistrict() {
                    meetingController.showcase();
                }

                @Override
                public void showCity() {
                    meetingController.jumpTo(-1);
                }
            }, new ScreenshotRunner.Wizard() {
                @Override
                public boolean open() {
                    return screens.sync.showcaseWizard();
                }

                @Override
                public boolean ready() {
                    return screens.wizard.model().trial().get() != null;
                }

                @Override
                public void close() {
                    screens.wizard.close();
                }
            }).start();
        }
    }

    /**
     * Districts for the selector, the data's span, and the period holding the latest complaint;
     * after an import only if the latest period was the one shown. An empty store shows no
     * period at all (never one of today's date).
     */
    private void loadSelection() {
        var kpis = services.analytics().kpis();
        periodBar.presetGrain(Grain.valueOf(prefs.grain(Grain.MONTH.name())));
        runner.run(kpis::dataSpan, found -> {
            DataSpan span = found.orElse(null);
            selection.span().set(span);
            shell.setDataSpan(span == null ? ""
                    : Messages.format("period.dataSpan", span.first().toString(), span.last().toString()));
            if (span == null) {
                return;
            }
            Period shown = selection.period().get();
            // an import moves the period along only for someone looking at the latest one, never mid-meeting
            boolean followsLatest = shown == null || latestShown == null
                    || shown.equals(Period.of(shown.grain(), latestShown));
            if (followsLatest) {
                Grain grain = shown != null ? shown.grain() : periodBar.grain() != null ? periodBar.grain() : Grain.MONTH;
                selection.period().set(Period.of(grain, span.last()));
            }
            latestShown = span.last();
        }, error -> shell.setStatus(Messages.format("app.error", error.getMessage())));
        runner.run(kpis::districts, periodBar::setDistricts,
                error -> shell.setStatus(Messages.format("app.error", error.getMessage())));
    }

    /** After an import: new districts and a new as-of date; the shown screen reads again. */
    private void dataChanged() {
        loadSelection();
        shell.refreshCurrent();
    }

    private void addShortcuts(Scene scene) {
        List<String> ids = screens.entries().stream().filter(e -> e.screen() != null).map(Shell.Entry::id).toList();
        for (int i = 0; i < ids.size() && i < 9; i++) {
            String id = ids.get(i);
            scene.getAccelerators().put(new KeyCodeCombination(KeyCode.valueOf("DIGIT" + (i + 1)),
                    KeyCombination.SHORTCUT_DOWN), () -> shell.show(id));
        }
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.LEFT, KeyCombination.SHORTCUT_DOWN),
                () -> periodBar.step(-1));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.RIGHT, KeyCombination.SHORTCUT_DOWN),
                () -> periodBar.step(1));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F11), () -> stage.setFullScreen(!stage.isFullScreen()));
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
        meetingView = new MeetingView(meetingController.model(), meetingController, privacy, this::leaveMeeting);
        loadSelection();
        selection.period().set(shown);
        shell.show("settings");
    }

    /** Files or folders dropped anywhere on the window are imported on the sync screen (not during a meeting). */
    private void acceptDroppedFiles(Scene scene) {
        scene.setOnDragOver(event -> {
            if (event.getDragboard().hasFiles() && !inMeeting && services.writer()) {
                event.acceptTransferModes(javafx.scene.input.TransferMode.COPY);
            }
            event.consume();
        });
        scene.setOnDragDropped(event -> {
            boolean taken = event.getDragboard().hasFiles() && !inMeeting && services.writer();
            if (taken) {
                dropFiles(event.getDragboard().getFiles().stream().map(java.io.File::toPath).toList());
            }
            event.setDropCompleted(taken);
            event.consume();
        });
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

    /** F5: the weekly meeting, full screen, in the projector theme, numbers masked. */
    void enterMeeting() {
        if (inMeeting) {
            return;
        }
        inMeeting = true;
        themeBeforeMeeting = themes.theme().get();
        Scene scene = stage.getScene();
        scene.setRoot(meetingView.root());
        themes.theme().set(Theme.PROJECTOR);
        themes.refresh();
        meetingView.attach(scene);
        meetingController.start();
        if (screenshotFolder == null) {
            // Esc is the meeting's own key: it leaves the meeting, and full screen with it
            stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
            stage.setFullScreen(true);
        }
    }

    void leaveMeeting() {
        if (!inMeeting) {
            return;
        }
        inMeeting = false;
        meetingController.stop();
        meetingView.detach();
        stage.getScene().setRoot(shell.root());
        themes.theme().set(themeBeforeMeeting);
        themes.refresh();
        stage.setFullScreenExitKeyCombination(null);
        stage.setFullScreen(false);
        shell.refreshCurrent();
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
