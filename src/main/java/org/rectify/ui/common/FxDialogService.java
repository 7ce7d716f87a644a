package org.rectify.ui.common;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The dialogs of the desktop: a native file chooser and alerts, owned by the main window. */
public final class FxDialogService implements DialogService {

    private final Window owner;
    private final java.util.function.Consumer<String> status;

    /** {@code status} shows short confirmations (a saved file) in the window instead of a modal box. */
    public FxDialogService(Window owner, java.util.function.Consumer<String> status) {
        this.owner = owner;
        this.status = status;
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
        alert.initOwner(owner);
        alert.setHeaderText(title);
        alert.showAndWait();
    }

    @Override
    public void showInfo(String message) {
        status.accept(message);
    }
}
