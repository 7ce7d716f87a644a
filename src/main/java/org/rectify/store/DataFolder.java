package org.rectify.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the store lives (DESIGN 3.3): {@code --data DIR}, else {@code RECTIFY_HOME}, else the
 * per-user data folder of the operating system.
 */
public final class DataFolder {

    public static final String STORE_FILE = "rectify.db";

    private DataFolder() {
    }

    public static Path resolve(Path override, Map<String, String> env, String osName, String userHome) {
        if (override != null) {
            return override.toAbsolutePath().normalize();
        }
        String home = env.get("RECTIFY_HOME");
        if (home != null && !home.isBlank()) {
            return Path.of(home).toAbsolutePath().normalize();
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String localAppData = env.get("LOCALAPPDATA");
            Path base = localAppData != null ? Path.of(localAppData) : Path.of(userHome, "AppData", "Local");
            return base.resolve("Rectify");
        }
        if (os.contains("mac")) {
            return Path.of(userHome, "Library", "Application Support", "Rectify");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(userHome, ".local", "share");
        return base.resolve("rectify");
    }

    public static Path resolve(Path override) {
        return resolve(override, System.getenv(), System.getProperty("os.name"), System.getProperty("user.home"));
    }

    /** The failure to tell when the data folder cannot be written: nothing was written, and what to do. */
    static DataFolderNotWritableException notWritable(Path folder, java.io.IOException cause) {
        return new DataFolderNotWritableException(folder, cause);
    }
}
