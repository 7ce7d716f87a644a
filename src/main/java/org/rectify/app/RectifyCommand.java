package org.rectify.app;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.rectify.store.Settings;
import org.rectify.store.StoreException;
import org.rectify.sync.FolderSync;
import org.rectify.ui.common.DesktopServices;
import org.rectify.ui.RectifyApp;
import org.rectify.ui.i18n.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code rectify [--data DIR] [COMMAND]}: without a command, opens the desktop window. */
@Command(name = "rectify", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Complaint tickets, KPIs and the weekly rectification checklist.%n"
                + "Without a command, opens the desktop app.",
        footer = {"", "Exit codes: 0 done; 2 usage error; 3 input refused (nothing imported);",
                "4 imported with rows quarantined; 1 anything else."})
public final class RectifyCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(RectifyCommand.class);

    /** Exit code of a refused input file (DESIGN section 8). */
    static final int REFUSED = 3;
    /** Exit code of an import that kept rejected rows aside. */
    static final int QUARANTINED = 4;

    @Option(names = "--data", paramLabel = "DIR", description = "data folder (default: RECTIFY_HOME or the per-user data folder)")
    Path data;

    @Option(names = "--screenshots", paramLabel = "DIR", hidden = true,
            description = "render the screens into PNG files and exit")
    Path screenshots;

    @Option(names = "--lang", paramLabel = "zh|en", description = "language of the desktop app (default: the one chosen in its settings, else zh)")
    String lang;

    @Option(names = "--theme", paramLabel = "light|dark|projector",
            description = "theme of the desktop app (default: the last one used, else light)")
    String theme;

    /**
     * The commands by name, in the order the usage lists them. Added to the command line in code rather
     * than in the annotation, so that a command builds the model of itself only: picocli reflects over
     * every option of every command it is given (~50 ms of each command's start). Lambdas, not
     * constructor references: a reference loads its class when the map is built, and with it the classes
     * its methods name (Gson's for the JSON commands), for every command but the one run.
     */
    static final Map<String, Supplier<Object>> COMMANDS = commands();

    private static Map<String, Supplier<Object>> commands() {
        Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
        commands.put("import", () -> new ImportCommand());
        commands.put("sync", () -> new SyncCommand());
        commands.put("sync-log", () -> new SyncLogCommand());
        commands.put("rejected", () -> new RejectedCommand());
        commands.put("profile", () -> new ProfileCommand());
        commands.put("subscribers", () -> new SubscribersCommand());
        commands.put("demo", () -> new DemoCommand());
        commands.put("backup", () -> new BackupCommand());
        commands.put("check", () -> new CheckCommand());
        commands.put("kpi", () -> new KpiCommand());
        commands.put("trend", () -> new TrendCommand());
        commands.put("top", () -> new TopCommand());
        commands.put("checklist", () -> new ChecklistCommand());
        commands.put("report", () -> new ReportCommand());
        commands.put("bench-import", () -> new BenchImportCommand());
        commands.put("bench-analytics", () -> new BenchAnalyticsCommand());
        return Collections.unmodifiableMap(commands);
    }

    /**
     * The options of this command that take a value: their values are not a command's name. One missing
     * here only costs time: its value, taken for an unknown command's name, gets every command added.
     */
    private static final Set<String> VALUED_OPTIONS = Set.of("--data", "--screenshots", "--lang", "--theme");

    /** Every command: for the usage, and for whoever does not know the arguments yet. */
    static CommandLine commandLine() {
        return commandLine(null);
    }

    /**
     * The command line for these arguments: with the one command they name; with all of them for the usage
     * (-h, --help) or a name no command has (picocli then says so, with the closest names); with none when
     * they name no command (the desktop app).
     */
    static CommandLine commandLine(String[] args) {
        CommandLine cli = new CommandLine(new RectifyCommand());
        String named = args == null ? null : commandNamed(args);
        if (named != null && COMMANDS.containsKey(named)) {
            cli.addSubcommand(named, COMMANDS.get(named).get());
        } else if (named != null || args == null || wantsUsage(args)) {
            COMMANDS.forEach((name, command) -> cli.addSubcommand(name, command.get()));
        }
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            LOG.error("Command failed", e);
            commandLine.getErr().println("error: " + messageOf(e));
            return CommandLine.ExitCode.SOFTWARE;
        });
        return cli;
    }

    /** The first argument that is neither an option nor an option's value: the command's name, if any. */
    static String commandNamed(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (VALUED_OPTIONS.contains(arg)) {
                i++;
            } else if (!arg.startsWith("-")) {
                return arg;
            }
        }
        return null;
    }

    private static boolean wantsUsage(String[] args) {
        return java.util.Arrays.stream(args).anyMatch(a -> a.equals("-h") || a.equals("--help"));
    }

    Wiring openWiring() {
        return new Wiring(org.rectify.store.DataFolder.resolve(data));
    }

    @Override
    public Integer call() {
        Wiring wiring;
        try {
            wiring = openWiring();
        } catch (org.rectify.store.StoreDamagedException e) {
            return openAfterDamage(e);
        } catch (StoreException e) {
            LOG.error("The desktop app cannot start", e);
            System.err.println("error: " + e.getMessage());
            if (!java.awt.GraphicsEnvironment.isHeadless() && screenshots == null) {
                RectifyApp.launchStartFailure(e, lang == null ? null : Messages.localeFor(lang));
            }
            return CommandLine.ExitCode.SOFTWARE;
        }
        try {
            // one window per data folder: when another window writes this store, it comes to the front instead
            if (!wiring.store().isWriter() && screenshots == null
                    && org.rectify.ui.startup.FrontRequests.ask(wiring.store().folder(), java.time.Duration.ofSeconds(3))) {
                System.out.println("Rectify already runs on " + wiring.store().folder() + ": its window was brought to the front.");
                return CommandLine.ExitCode.OK;
            }
            startDailyBackup(wiring);
            // the replaced store lies in the data folder, which the status line names beside it
            wiring.store().restoredAtOpen().ifPresent(r -> RectifyApp.restoredAtStart(r.backup(), r.kept().getFileName().toString()));
            RectifyApp.launch(desktopServices(wiring), screenshots, lang == null ? null : Messages.localeFor(lang), theme);
            return CommandLine.ExitCode.OK;
        } finally {
            wiring.close();
        }
    }

    /**
     * A store SQLite cannot read: the window asks whether to put the newest sound backup in its place
     * (the damaged file is kept); without such a backup, or without a window, the message says what to do.
     */
    private Integer openAfterDamage(org.rectify.store.StoreDamagedException damage) {
        LOG.error("The store cannot be opened", damage);
        Path backup = damage.newestGoodBackup().orElse(null);
        if (backup == null || screenshots != null) {
            System.err.println("error: " + damage.getMessage());
            return CommandLine.ExitCode.SOFTWARE;
        }
        Wiring[] opened = new Wiring[1];
        try {
            RectifyApp.launchAfterDamage(new RectifyApp.Damage(damage.file().toString(), backup.toString(), () -> {
                Path kept = org.rectify.store.StoreRecovery.replaceDamaged(damage.file().getParent(), backup);
                opened[0] = openWiring();
                return new RectifyApp.Recovered(desktopServices(opened[0]), kept.getFileName().toString());
            }), lang == null ? null : Messages.localeFor(lang), theme);
            return CommandLine.ExitCode.OK;
        } finally {
            if (opened[0] != null) {
                opened[0].close();
            }
        }
    }

    /**
     * On its own thread while the window opens: {@code PRAGMA quick_check} over every page (seconds on a big
     * store, hence not before the window), then today's backup when the store is sound — a damaged store is
     * not copied over good backups; the window says what was found and offers the newest sound backup.
     */
    private void startDailyBackup(Wiring wiring) {
        if (screenshots != null || !wiring.store().isWriter()) {
            return;
        }
        Thread backup = new Thread(() -> {
            try {
                String findings = org.rectify.store.StoreRecovery.quickCheck(wiring.store());
                if (!"ok".equals(findings)) {
                    LOG.error("quick_check of {} found: {}", wiring.store().file(), findings);
                    RectifyApp.storeCheckFailed(findings);
                    return;
                }
                org.rectify.store.DailyBackups.runIfDue(wiring.store(), java.time.LocalDate.now());
            } catch (RuntimeException e) {
                LOG.warn("The store's check or daily backup failed: {}", e.getMessage(), e);
            }
        }, "rectify-daily-backup");
        backup.setDaemon(true);
        backup.start();
    }

    private static DesktopServices desktopServices(Wiring wiring) {
        Path watched = new Settings(wiring.store()).get(Settings.WATCH_FOLDER).map(Path::of).orElse(null);
        return new DesktopServices(wiring.store().folder(), wiring.store().isWriter(),
                wiring.ticketQueries(), wiring.referenceData(), wiring.demoLoader(), wiring.demoExportFolder(),
                new FolderSync(wiring.ticketImporter()), watched, wiring.analytics(),
                new org.rectify.checklist.ChecklistService(wiring.store(), java.time.Clock.systemDefaultZone()),
                new org.rectify.ui.common.DesktopSync(wiring.ticketImporter(), wiring.syncLog(),
                        new org.rectify.store.RejectedRows(wiring.store()), new Settings(wiring.store())),
                new org.rectify.ui.common.DesktopSettings(wiring.kpiConfiguration(), wiring.subscriberImporter(), wiring.backup()));
    }

    private static String messageOf(Exception e) {
        if (e instanceof StoreException || e instanceof IllegalArgumentException) {
            return e.getMessage();
        }
        String message = e.getMessage();
        return (message == null ? e.getClass().getSimpleName() : message) + " (details in rectify.log)";
    }
}
