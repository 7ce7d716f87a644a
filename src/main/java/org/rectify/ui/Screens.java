package org.rectify.ui;

import java.util.List;
import java.util.function.Consumer;
import org.kordamp.ikonli.feather.Feather;
import org.rectify.domain.TicketFilter;
import org.rectify.ui.checklist.ChecklistController;
import org.rectify.ui.checklist.ChecklistView;
import org.rectify.ui.common.DesktopServices;
import org.rectify.ui.common.DialogService;
import org.rectify.ui.common.PrivacyGuard;
import org.rectify.ui.common.TaskRunner;
import org.rectify.ui.dashboard.DashboardController;
import org.rectify.ui.dashboard.DashboardView;
import org.rectify.ui.districts.DistrictsController;
import org.rectify.ui.districts.DistrictsView;
import org.rectify.ui.pareto.ParetoController;
import org.rectify.ui.pareto.ParetoView;
import org.rectify.ui.shell.Screen;
import org.rectify.ui.shell.Selection;
import org.rectify.ui.shell.Shell;
import org.rectify.ui.theme.ThemeManager;
import org.rectify.ui.tickets.TicketsController;
import org.rectify.ui.tickets.TicketsView;
import org.rectify.ui.trends.TrendsController;
import org.rectify.ui.trends.TrendsView;

/** Builds every screen (controller + view) and how they lead to each other: card → trend, chart → tickets. */
final class Screens {

    final TicketsController tickets;
    final DashboardController dashboard;
    final TrendsController trends;
    final ParetoController pareto;
    final DistrictsController districts;
    final ChecklistController checklist;
    final org.rectify.ui.sync.SyncController sync;
    final org.rectify.ui.sync.wizard.MappingWizardController wizard;
    final org.rectify.ui.settings.SettingsController settings;
    private final List<Shell.Entry> entries;

    Screens(DesktopServices services, Selection selection, ThemeManager themes, TaskRunner runner, DialogService dialogs,
            PrivacyGuard privacy, Consumer<String> showScreen, Runnable dataChanged,
            Consumer<java.util.Locale> switchLanguage) {
        var analytics = services.analytics();
        tickets = new TicketsController(services.ticketQueries(), analytics.kpis(), selection, runner, dialogs,
                () -> privacy.masked().get());
        TicketsView ticketsView = new TicketsView(tickets.model(), tickets, privacy);
        dashboard = new DashboardController(analytics.kpis(), analytics.trends(), selection, runner);
        trends = new TrendsController(analytics.trends(), services.checklist(), analytics.kpis(), selection, themes, runner);
        pareto = new ParetoController(analytics.pareto(), analytics.kpis(), selection, themes, runner);
        districts = new DistrictsController(analytics.districts(), selection, themes, runner);
        DashboardView dashboardView = new DashboardView(dashboard.model(), metric -> {
            trends.model().metric().set(metric);
            showScreen.accept("trends");
        });
        org.rectify.ui.common.TicketDrillDown drillDown = (TicketFilter figure, String description) -> {
            tickets.showBehindFigure(figure, description);
            showScreen.accept("tickets");
        };
        TrendsView trendsView = new TrendsView(trends.model(), dialogs, drillDown);
        ParetoView paretoView = new ParetoView(pareto.model(), dialogs, drillDown);
        DistrictsView districtsView = new DistrictsView(districts.model(), dialogs, district -> {
            selection.district().set(district);
            showScreen.accept("dashboard");
        }, drillDown);
        checklist = new ChecklistController(services.checklist(), selection, runner, dialogs, themes::chartStyle,
                () -> new org.rectify.report.pack.MeetingPackBuilder(analytics.districts(), analytics.trends(),
                        analytics.pareto(), services.checklist()),
                new org.rectify.report.pack.PackArchive(services.dataFolder()));
        ChecklistView checklistView = new ChecklistView(checklist.model(), checklist, dialogs, drillDown);
        sync = new org.rectify.ui.sync.SyncController(services.sync(), services.watchedFolder(), runner, dialogs, dataChanged);
        wizard = new org.rectify.ui.sync.wizard.MappingWizardController(services.sync().importer().profiles(), runner, dialogs,
                sync::importWith, () -> sync.showWizard(false));
        sync.setWizardOpener(file -> {
            wizard.open(file);
            sync.showWizard(true);
        });
        org.rectify.ui.sync.SyncView syncView = new org.rectify.ui.sync.SyncView(sync.model(), sync, dialogs,
                new org.rectify.ui.sync.wizard.MappingWizardView(wizard.model(), wizard).root());
        settings = new org.rectify.ui.settings.SettingsController(services.settings(), runner, dialogs, dataChanged);
        org.rectify.ui.settings.SettingsView settingsView = new org.rectify.ui.settings.SettingsView(settings.model(), settings,
                themes.theme(), services.dataFolder(), dialogs, switchLanguage);
        entries = List.of(
                new Shell.Entry("dashboard", "nav.dashboard", Feather.GRID, Screen.of(dashboardView.root(),
                        () -> { dashboardView.attach(); dashboard.attach(); },
                        () -> { dashboard.detach(); dashboardView.detach(); },
                        () -> dashboard.model().figures().ready())),
                new Shell.Entry("trends", "nav.trends", Feather.TRENDING_UP, Screen.of(trendsView.root(),
                        () -> { trendsView.attach(); trends.attach(); },
                        () -> { trends.detach(); trendsView.detach(); },
                        () -> trends.model().result().ready())),
                new Shell.Entry("pareto", "nav.pareto", Feather.BAR_CHART_2, Screen.of(paretoView.root(),
                        () -> { paretoView.attach(); pareto.attach(); },
                        () -> { pareto.detach(); paretoView.detach(); },
                        () -> pareto.model().result().ready())),
                new Shell.Entry("districts", "nav.districts", Feather.MAP, Screen.of(districtsView.root(),
                        () -> { districtsView.attach(); districts.attach(); },
                        () -> { districts.detach(); districtsView.detach(); },
                        () -> districts.model().result().ready())),
                new Shell.Entry("tickets", "nav.tickets", Feather.LIST, Screen.of(ticketsView.root(),
                        () -> { ticketsView.attach(); tickets.attach(); },
                        () -> { tickets.detach(); ticketsView.detach(); },
                        () -> !tickets.model().loadingProperty().get() && tickets.model().tickets().size() > 0
                                && tickets.model().tickets().isLoaded(0),
                        () -> tickets.model().detailProperty().set(tickets.model().tickets().get(0)))),
                new Shell.Entry("sync", "nav.sync", Feather.REFRESH_CW, Screen.of(syncView.root(),
                        () -> { syncView.attach(); sync.attach(); },
                        () -> { sync.detach(); syncView.detach(); },
                        () -> sync.model().historyLoaded().get(),
                        sync::showcase)),
                new Shell.Entry("checklist", "nav.checklist", Feather.CHECK_SQUARE, Screen.of(checklistView.root(),
                        () -> { checklistView.attach(); checklist.attach(); },
                        () -> { checklist.detach(); checklistView.detach(); },
                        () -> checklist.model().week().get() != null && !checklist.model().allRows().isEmpty(),
                        checklistView::showcase)),
                new Shell.Entry("settings", "nav.settings", Feather.SETTINGS, Screen.of(settingsView.root(),
                        settings::attach, settings::detach, () -> settings.model().loaded().get())));
    }

    List<Shell.Entry> entries() {
        return entries;
    }

    /** The mapping wizard as the screenshots show it: on the latest file of the sync log that needed a profile. */
    ScreenshotRunner.Wizard wizardForScreenshots() {
        return new ScreenshotRunner.Wizard() {
            @Override
            public boolean open() {
                return sync.showcaseWizard();
            }

            @Override
            public boolean ready() {
                var model = wizard.model();
                // a file that cannot be read is shown with its message: that is the picture
                return model.trial().get() != null || !model.reading().get() && !model.problem().get().isEmpty();
            }

            @Override
            public void close() {
                wizard.close();
            }
        };
    }
}
