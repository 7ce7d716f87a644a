package org.rectify.ui.settings;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.rectify.analytics.KpiConfiguration;
import org.rectify.analytics.Metric;
import org.rectify.domain.SubscriberCount;
import org.rectify.ui.common.DesktopSettings;
import org.rectify.ui.common.DialogService;
import org.rectify.ui.common.TaskRunner;
import org.rectify.ui.i18n.Messages;

/**
 * Reads the settings and saves each change off the FX thread through the KPI configuration's
 * rules; a refused change says why (in the UI's language) and changes nothing; a saved one is
 * shown at once by every screen (they read the settings when shown; the data-changed call
 * refreshes the current one and the header).
 */
public final class SettingsController {

    private final DesktopSettings settings;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final Runnable dataChanged;
    private final SettingsModel model = new SettingsModel();

    public SettingsController(DesktopSettings settings, TaskRunner runner, DialogService dialogs, Runnable dataChanged) {
        this.settings = settings;
        this.runner = runner;
        this.dialogs = dialogs;
        this.dataChanged = dataChanged;
    }

    public SettingsModel model() {
        return model;
    }

    public void attach() {
        load();
    }

    public void detach() {
        // nothing followed while shown: every change is a user's action
    }

    private record Loaded(List<String> districts, List<SettingsModel.MonthRow> months, List<String> categories,
                          List<String> channels, org.rectify.store.KpiSettings.Values values, int window) {
    }

    public void load() {
        KpiConfiguration config = settings.configuration();
        runner.run(() -> {
            Map<YearMonth, Map<String, Long>> byMonth = new TreeMap<>(Comparator.reverseOrder());
            for (SubscriberCount c : config.subscriberCounts()) {
                byMonth.computeIfAbsent(c.month(), m -> new LinkedHashMap<>()).put(c.district(), c.subscribers());
            }
            List<SettingsModel.MonthRow> rows = new ArrayList<>();
            byMonth.forEach((month, counts) -> rows.add(new SettingsModel.MonthRow(month, counts)));
            return new Loaded(config.districts(), rows, config.categories(), config.escalationChannels(), config.values(),
                    config.repeatWindowDays());
        }, loaded -> {
            model.districts().setAll(loaded.districts());
            model.months().setAll(loaded.months());
            model.categories().setAll(loaded.categories());
            model.channels().setAll(loaded.channels());
            model.values().set(loaded.values());
            model.repeatWindow().set(loaded.window());
            model.loads().set(model.loads().get() + 1);
            model.loaded().set(true);
        }, this::failed);
    }

    /** A month row for the month after the newest one (or this month), to type its counts into. */
    public void addMonth() {
        YearMonth next = model.months().isEmpty() ? YearMonth.now() : model.months().get(0).month().plusMonths(1);
        model.months().add(0, new SettingsModel.MonthRow(next, Map.of()));
    }

    public void setSubscribers(YearMonth month, String district, String text) {
        save(() -> settings.configuration().setSubscribers(month, district, text),
                Messages.format("settings.saved.subscribers", district, month.toString()));
    }

    public void setTarget(Metric metric, String text) {
        save(() -> settings.configuration().setTarget(metric, text),
                Messages.format("settings.saved.target", Messages.get("metric." + metric.key())));
    }

    public void setThresholds(String selfCheck, String support) {
        save(() -> settings.configuration().setThresholds(selfCheck, support), Messages.get("settings.saved.thresholds"));
    }

    public void setRole(String category, String role) {
        save(() -> settings.configuration().setRole(category, role), Messages.format("settings.saved.role", category));
    }

    public void setGroups(String channel, Set<String> groups) {
        save(() -> settings.configuration().setGroups(channel, groups), Messages.format("settings.saved.groups", channel.strip()));
    }

    /** Recomputes every repeat flag: the screen shows it is working meanwhile. */
    public void setRepeatWindow(String text) {
        save(() -> settings.configuration().setRepeatWindow(text), Messages.format("settings.saved.window", text.strip()));
    }

    /** A subscribers file (月份,区分公司,用户数) loaded as on the command line. */
    public void importSubscribers() {
        dialogs.chooseOpenFile(Messages.get("settings.subscribers.import"), "csv,xlsx,xls").ifPresent(file ->
                save(() -> settings.subscribers().importFile(file), Messages.format("settings.saved.subscribersFile",
                        file.getFileName().toString())));
    }

    /** A copy of the whole store (VACUUM INTO) where the user chooses. */
    public void backupNow() {
        String name = "rectify-" + java.time.LocalDateTime.now().format(java.time.format.DateTimeFormatter
                .ofPattern("yyyyMMdd-HHmm")) + ".db";
        dialogs.chooseSaveFile(Messages.get("settings.backup"), name, "db").ifPresent(file ->
                save(() -> settings.backup().writeTo(file), Messages.format("settings.saved.backup", file.toString())));
    }

    /**
     * A backup chosen, checked and set to take the store's place at the next start (the store it
     * replaces is kept beside it); asked first, since the work since that backup leaves the store.
     */
    public void restore(java.nio.file.Path dataFolder) {
        dialogs.chooseOpenFile(Messages.get("settings.restore"), "db").ifPresent(file -> {
            if (dialogs.confirm(Messages.get("settings.restore"), Messages.format("settings.restore.question",
                    file.getFileName().toString()), Messages.get("settings.restore.confirm"))) {
                save(() -> org.rectify.store.Restore.stage(dataFolder, file),
                        Messages.format("settings.saved.restore", file.getFileName().toString()));
            }
        });
    }

    private void save(Runnable change, String done) {
        model.busy().set(true);
        model.problem().set("");
        runner.run(() -> {
            change.run();
            return done;
        }, message -> {
            model.busy().set(false);
            model.message().set(message);
            dialogs.showInfo(message);
            load();
            dataChanged.run();
        }, this::failed);
    }

    private void failed(Throwable error) {
        model.busy().set(false);
        if (error instanceof KpiConfiguration.Refused refused) {
            model.problem().set(Messages.format(refused.key(), refused.args()));
        } else {
            model.problem().set(error.getMessage() == null ? error.toString() : error.getMessage());
        }
        load(); // what the screen shows goes back to what is stored
    }
}
