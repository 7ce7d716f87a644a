package org.rectify.ui.common;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import org.rectify.ui.i18n.Messages;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The dialogs of the desktop: a native file chooser and alerts, owned by the main window. */
public final class FxDialogService implements DialogService {

    private final Window owner;
    private final java.util.function.Consumer<String> status;
    private final javafx.application.HostServices host;

    /** {@code status} shows short confirmations (a saved file) in the window instead of a modal box. */
    public FxDialogService(Window owner, java.util.function.Consumer<String> status, javafx.application.HostServices host) {
        this.owner = owner;
        this.status = status;
        this.host = host;
    }

    @Override
    public Optional<Path> chooseOpenFile(String title, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        if (extension != null) {
            java.util.List<String> patterns = new java.util.ArrayList<>();
            for (String e : extension.split(",")) {
                patterns.add("*." + e.strip());
                patterns.add("*." + e.strip().toUpperCase());
            }
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(extension.toUpperCase().replace(",", ", "),
                    patterns));
        }
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public java.util.List<Path> chooseExports(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV, XLSX, XLS, TXT",
                "*.csv", "*.xlsx", "*.xls", "*.txt", "*.CSV", "*.XLSX", "*.XLS", "*.TXT"));
        java.util.List<File> files = chooser.showOpenMultipleDialog(owner);
        return files == null ? java.util.List.of() : files.stream().map(File::toPath).toList();
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        javafx.stage.DirectoryChooser chooser = new javafx.stage.DirectoryChooser();
        chooser.setTitle(title);
        return Optional.ofNullable(chooser.showDialog(owner)).map(File::toPath);
    }

    @Override
    public void openFile(Path file) {
        host.showDocument(file.toUri().toString());
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String suggestedName, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(extension.toUpperCase(), "*." + extension));
        File file = chooser.showSaveDialog(owner);
        return Optional.ofNullable(file).map(File::toPath);
    }

    @Override
    public void showError(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message);
        org.rectify.ui.theme.UiFont.stylesheet().ifPresent(alert.getDialogPane().getStylesheets()::add);
        alert.initOwner(owner);
        alert.setHeaderText(title);
        alert.showAndWait();
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        ButtonType yes = new ButtonType(confirmLabel, ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType(Messages.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.WARNING, message, no, yes);
        org.rectify.ui.theme.UiFont.stylesheet().ifPresent(alert.getDialogPane().getStylesheets()::add);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.getDialogPane().setMinWidth(520);
        alert.getDialogPane().lookupButton(yes).setId("dialog-confirm");
        alert.getDialogPane().lookupButton(no).setId("dialog-cancel");
        // the safe answer is the default: Enter does not unmask by accident
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(yes)).setDefaultButton(false);
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(no)).setDefaultButton(true);
        return alert.showAndWait().filter(yes::equals).isPresent();
    }

    @Override
    public void showInfo(String message) {
        status.accept(message);
    }
}
