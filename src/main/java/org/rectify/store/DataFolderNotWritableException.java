package org.rectify.store;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;

/**
 * The data folder cannot be written: nothing was written. The message says it in English for the
 * command line; the folder and the reason let a window say it in the user's language.
 */
public final class DataFolderNotWritableException extends StoreException {

    /** Why the folder cannot be written, as far as the system tells. */
    public enum Reason { NO_PERMISSION, READ_ONLY, OTHER }

    private final Path folder;
    private final Reason reason;

    DataFolderNotWritableException(Path folder, IOException cause) {
        super(message(folder, reasonOf(cause), cause), cause);
        this.folder = folder;
        this.reason = reasonOf(cause);
    }

    private static Reason reasonOf(IOException cause) {
        if (cause instanceof AccessDeniedException) {
            return Reason.NO_PERMISSION;
        }
        return cause.getMessage() != null && cause.getMessage().contains("Read-only") ? Reason.READ_ONLY : Reason.OTHER;
    }

    private static String message(Path folder, Reason reason, IOException cause) {
        String why = switch (reason) {
            case NO_PERMISSION -> "no permission to write there";
            case READ_ONLY -> "it is on a read-only file system";
            case OTHER -> systemText(cause);
        };
        return "The data folder " + folder + " cannot be written (" + why + "). Rectify keeps its store there and"
                + " wrote nothing: make the folder writable, or choose another with --data DIR or RECTIFY_HOME.";
    }

    private static String systemText(IOException cause) {
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }

    public Path folder() {
        return folder;
    }

    public Reason reason() {
        return reason;
    }

    /** The system's own words for an {@link Reason#OTHER} reason (a path that is a file, a full disk …). */
    public String systemText() {
        return systemText((IOException) getCause());
    }
}
