package org.rectify.ui.common;

import java.nio.file.Path;
import java.util.Optional;

/** Dialogs the screens ask for, behind an interface so that tests answer them without windows. */
public interface DialogService {

    /** Asks where to save a file; {@code extension} like "png". */
    Optional<Path> chooseSaveFile(String title, String suggestedName, String extension);

    void showError(String title, String message);

    void showInfo(String message);

    /** Asks a yes/no question; true when the user chose {@code confirmLabel}. */
    boolean confirm(String title, String message, String confirmLabel);
}
