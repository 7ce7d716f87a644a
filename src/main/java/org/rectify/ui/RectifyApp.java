package org.rectify.ui;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.kordamp.ikonli.feather.Feather;
import org.rectify.ui.common.DesktopServices;
import org.rectify.ui.common.TaskRunner;
import org.rectify.ui.i18n.Messages;
import org.rectify.ui.shell.Shell;
import org.rectify.ui.startup.StartupController;
import org.rectify.ui.tickets.TicketsController;
import org.rectify.ui.tickets.TicketsView;

/** The JavaFX application: builds the shell and its screens from the services the app layer hands over. */
public final class RectifyApp extends Application {

    // JavaFX instantiates the Application itself, so the launcher leaves what it needs here.
    private static DesktopServices services;
    private static Path screenshotFolder;
    private static Locale locale = Messages.CHINESE;

    private TaskRunner runner;
    private TicketsController ticketsController;
    private StartupController startup;

    /** Opens the window and returns when it is closed. With a screenshot folder, renders the screens and exits. */
    public static void launch(DesktopServices desktopServices, Path screenshots, Locale language) {
        services = desktopServices;
        screenshotFolder = screenshots;
        locale = language;
        Application.launch(RectifyApp.class);
    }

    /** For tests that start the app inside an FX toolkit they manage. */
    public static void prepare(DesktopServices desktopServices, Locale language) {
        services = desktopServices;
        screenshotFolder = null;
        locale = language;
    }

    @Override
    public void start(Stage stage) {
        Messages.use(locale);
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        runner = new TaskRunner();
        ticketsController = new TicketsController(services.ticketQueries(), services.referenceData(), runner);
        TicketsView ticketsView = new TicketsView(ticketsController.model());
        Shell shell = new Shell(List.of(
                new Shell.Entry("dashboard", "nav.dashboard", Feather.GRID, null),
                new Shell.Entry("trends", "nav.trends", Feather.TRENDING_UP, null),
                new Shell.Entry("pareto", "nav.pareto", Feather.BAR_CHART_2, null),
                new Shell.Entry("districts", "nav.districts", Feather.MAP, null),
                new Shell.Entry("tickets", "nav.tickets", Feather.LIST, ticketsView.root()),
                new Shell.Entry("sync", "nav.sync", Feather.REFRESH_CW, null),
                new Shell.Entry("checklist", "nav.checklist", Feather.CHECK_SQUARE, null),
                new Shell.Entry("settings", "nav.settings", Feather.SETTINGS, null)),
                "tickets", services.dataFolder().toString());
        Scene scene = new Scene(shell.root(), 1280, 800);
        scene.getStylesheets().add(RectifyApp.class.getResource("css/rectify.css").toExternalForm());
        stage.setTitle(Messages.get("app.windowTitle"));
        stage.getIcons().add(new Image(RectifyApp.class.getResource("/rectify/icons/rectify.png").toExternalForm()));
        stage.setScene(scene);
        stage.setMinWidth(1024);
        stage.setMinHeight(680);
        stage.show();
        ticketsView.attach();
        ticketsController.attach();
        startup = new StartupController(services, runner, shell, ticketsController::reload);
        startup.start();
        if (screenshotFolder != null) {
            new ScreenshotRunner(stage, shell, ticketsController.model(), screenshotFolder).start();
        }
    }

    @Override
    public void stop() {
        if (startup != null) {
            startup.stop();
        }
        if (ticketsController != null) {
            ticketsController.detach();
        }
        if (runner != null) {
            runner.close();
        }
    }
}
