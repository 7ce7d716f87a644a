package org.rectify.ui.common;

import java.nio.file.Path;
import java.util.Optional;

/** Dialogs the screens ask for, behind an interface so that tests answer them without windows. */
public interface DialogService {

    /** Asks where to save a file; {@code extension} like "png". */
    Optional<Path> chooseSaveFile(String title, String suggestedName, String extension);

    /** Asks for a file to read; {@code extension} like "xlsx" (or several: "csv,xlsx"), or null for any file. */
    Optional<Path> chooseOpenFile(String title, String extension);

    /** Asks for files to import (exports: CSV, XLSX, XLS); empty when none was chosen. */
    java.util.List<Path> chooseExports(String title);

    /** Asks for a folder. */
    Optional<Path> chooseFolder(String title);

    /** Opens a file with the program the system associates with it. */
    void openFile(Path file);

    void showError(String title, String message);

    void showInfo(String message);

    /** Asks a yes/no question; true when the user chose {@code confirmLabel}. */
    boolean confirm(String title, String message, String confirmLabel);
}
