package org.rectify.ui.startup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.rectify.store.DataFolderNotWritableException;
import org.rectify.ui.common.FileProblemText;
import org.rectify.ui.i18n.Messages;

/**
 * The windows that speak about the app itself rather than the data: why it cannot start, a damaged
 * store and the backup offered, damage found by the background check, an error nothing caught. Each
 * names the log file, where the details are.
 */
public final class StartDialogs {

    private static final int WIDTH = 620;
    private static final int LONGEST_ERROR = 200;

    /** Set while an unexpected error is shown: a burst of the same failure does not stack windows. */
    private boolean unexpectedShown;

    /** Where the log is written (the data folder's rectify.log). */
    public static String logFile() {
        return Path.of(System.getProperty("rectify.log.dir", "."), "rectify.log").toAbsolutePath().toString();
    }

    /** Why the app cannot start; returns when closed. */
    public void startFailed(String reason) {
        Alert alert = alert(Alert.AlertType.ERROR, "app.startFailed.title",
                Messages.format("app.startFailed.text", reason, existingLogFile()));
        alert.showAndWait();
    }

    /** The data folder cannot be written, said in the user's language; returns when closed. */
    public void folderNotWritable(DataFolderNotWritableException failure) {
        String why = failure.getCause() instanceof java.io.IOException cause ? FileProblemText.of(cause) : failure.systemText();
        startFailed(Messages.format("app.startFailed.notWritable", failure.folder(), why));
    }

    /** The log's place, or a word that there is none (a data folder that cannot be written holds no log). */
    private static String existingLogFile() {
        return Files.isRegularFile(Path.of(logFile())) ? logFile() : Messages.get("app.startFailed.noLog");
    }

    /** Asks whether to put the backup in the damaged store's place; true when the user says so. */
    public boolean restoreDamaged(String file, String backup) {
        Alert ask = alert(Alert.AlertType.WARNING, "store.damaged.title", Messages.format("store.damaged.text", file, backup),
                new ButtonType(Messages.get("store.damaged.restore"), ButtonBar.ButtonData.OK_DONE),
                new ButtonType(Messages.get("store.damaged.quit"), ButtonBar.ButtonData.CANCEL_CLOSE));
        return confirmed(ask);
    }

    /**
     * Says what the background check found; with a sound backup, asks whether to put it in place at
     * the next start — true when the user says so.
     */
    public boolean restoreAfterCheck(Window owner, String findings, Optional<Path> backup) {
        Alert alert = backup.isPresent()
                ? alert(Alert.AlertType.WARNING, "store.checkFailed.title",
                        Messages.format("store.checkFailed.offer", findings, backup.get()),
                        new ButtonType(Messages.get("store.checkFailed.restore"), ButtonBar.ButtonData.OK_DONE),
                        new ButtonType(Messages.get("store.checkFailed.later"), ButtonBar.ButtonData.CANCEL_CLOSE))
                : alert(Alert.AlertType.WARNING, "store.checkFailed.title",
                        Messages.format("store.checkFailed.noBackup", findings, logFile()));
        alert.initOwner(owner);
        return confirmed(alert) && backup.isPresent();
    }

    /** An exception nothing caught (logged already): its first line and the log's place. */
    public void unexpected(Window owner, Throwable error) {
        if (unexpectedShown) {
            return;
        }
        unexpectedShown = true;
        String text = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        text = text.lines().findFirst().orElse(text);
        Alert alert = new Alert(Alert.AlertType.ERROR, Messages.format("app.unexpected.text",
                text.length() > LONGEST_ERROR ? text.substring(0, LONGEST_ERROR) + "…" : text, logFile()));
        alert.setTitle(Messages.get("app.windowTitle"));
        alert.setHeaderText(Messages.get("app.unexpected.title"));
        if (owner != null && owner.isShowing()) {
            alert.initOwner(owner);
        }
        alert.showAndWait();
        unexpectedShown = false;
    }

    private static Alert alert(Alert.AlertType type, String headerKey, String text, ButtonType... buttons) {
        Alert alert = new Alert(type, text, buttons);
        alert.setTitle(Messages.get("app.windowTitle"));
        alert.setHeaderText(Messages.get(headerKey));
        alert.getDialogPane().setMinWidth(WIDTH);
        return alert;
    }

    private static boolean confirmed(Alert alert) {
        return alert.showAndWait().map(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE).orElse(false);
    }
}
