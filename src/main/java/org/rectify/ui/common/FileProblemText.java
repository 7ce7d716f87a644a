package org.rectify.ui.common;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import org.rectify.ui.i18n.Messages;

/**
 * Why a file could not be read or written, in the window's language: the JDK says it in English, and
 * for a refused permission gives nothing but the path. A cause it cannot name keeps the system's words.
 */
public final class FileProblemText {

    private FileProblemText() {
    }

    public static String of(IOException e) {
        if (e instanceof AccessDeniedException) {
            return Messages.get("file.problem.noPermission");
        }
        if (e instanceof FileAlreadyExistsException) {
            return Messages.get("file.problem.fileInTheWay");
        }
        if (e instanceof NoSuchFileException) {
            return Messages.get("file.problem.notFound");
        }
        String system = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason()
                : String.valueOf(e.getMessage());
        if (system.contains("No space left") || system.contains("not enough space")) {
            return Messages.get("file.problem.diskFull");
        }
        if (system.contains("Read-only file system")) {
            return Messages.get("file.problem.readOnly");
        }
        return system;
    }
}
