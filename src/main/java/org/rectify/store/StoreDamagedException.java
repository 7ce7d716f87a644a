package org.rectify.store;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The store file is there but SQLite cannot read it as a database, or finds it damaged. Names the
 * file and the newest backup that is sound, if there is one; nothing has been changed.
 */
public final class StoreDamagedException extends StoreException {

    private final transient Path file;
    private final transient Path newestGoodBackup;

    StoreDamagedException(Path file, String detail, Path newestGoodBackup, Throwable cause) {
        super("The store " + file + " is damaged (" + detail + "). "
                + (newestGoodBackup != null
                        ? "The newest sound backup is " + newestGoodBackup + ": start the desktop app to restore it (the"
                                + " damaged file is kept beside it), or move the damaged file away and copy the backup in its place."
                        : "No sound backup was found in " + file.resolveSibling("backups") + "; move the damaged file away"
                                + " to start with an empty store."), cause);
        this.file = file;
        this.newestGoodBackup = newestGoodBackup;
    }

    public Path file() {
        return file;
    }

    public Optional<Path> newestGoodBackup() {
        return Optional.ofNullable(newestGoodBackup);
    }
}
