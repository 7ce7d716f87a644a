package org.rectify.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * SQLite's native library kept extracted in the user's cache folder, one copy per driver version,
 * system and architecture. Left to itself, sqlite-jdbc writes the library to the temp folder at every
 * start, reads it back byte by byte to compare, and runs {@code uname} to tell Android from Linux:
 * 60 ms of each command's start here, and on Windows a new DLL every time for the virus scanner to
 * read. Whatever fails here (no cache folder, a copy that will not load), sqlite-jdbc's own way runs.
 */
final class NativeLibraryCache {

    /** Overrides the cache folder (the tests keep theirs under target/). */
    static final String PROPERTY = "rectify.cache.dir";

    private static final Logger LOG = LoggerFactory.getLogger(NativeLibraryCache.class);
    private static boolean prepared;

    private NativeLibraryCache() {
    }

    /** Points sqlite-jdbc at the cached copy, extracting it first when it is not there; once a process. */
    static synchronized void prepare() {
        if (prepared) {
            return;
        }
        prepared = true;
        if (System.getProperty("org.sqlite.lib.path") != null) {
            return; // chosen by hand: left alone
        }
        try {
            String name = LibraryLoaderUtil.getNativeLibName();
            Path folder = folderFor(cacheRoot(System.getenv(), System.getProperty("os.name"), System.getProperty("user.home")));
            Path library = folder.resolve(name);
            if (!Files.isRegularFile(library)) {
                extract(LibraryLoaderUtil.getNativeLibResourcePath() + "/" + name, library);
            }
            System.setProperty("org.sqlite.lib.path", folder.toString());
            System.setProperty("org.sqlite.lib.name", name);
        } catch (IOException | RuntimeException e) {
            LOG.info("SQLite's native library is left to sqlite-jdbc to extract: {}", e.toString());
        }
    }

    /** The copy's folder: named by everything that decides which library the driver carries. */
    static Path folderFor(Path cacheRoot) {
        String platform = (System.getProperty("os.name") + "-" + System.getProperty("os.arch"))
                .replaceAll("[^A-Za-z0-9._-]", "_");
        return cacheRoot.resolve("sqlite-jdbc-" + SQLiteJDBCLoader.getVersion() + "-" + platform);
    }

    /** The per-user cache folder of the operating system (or the one the property gives). */
    static Path cacheRoot(Map<String, String> env, String osName, String userHome) {
        String override = System.getProperty(PROPERTY);
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String localAppData = env.get("LOCALAPPDATA");
            Path base = localAppData != null ? Path.of(localAppData) : Path.of(userHome, "AppData", "Local");
            return base.resolve("Rectify").resolve("cache");
        }
        if (os.contains("mac")) {
            return Path.of(userHome, "Library", "Caches", "Rectify");
        }
        String xdg = env.get("XDG_CACHE_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(userHome, ".cache")).resolve("rectify");
    }

    /**
     * Copies the driver's resource to {@code library} through a file of its own moved into place, so
     * that another process never loads a half-written copy.
     */
    static void extract(String resource, Path library) throws IOException {
        Files.createDirectories(library.getParent());
        Path part = Files.createTempFile(library.getParent(), library.getFileName().toString(), ".part");
        try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("the driver carries no " + resource);
            }
            Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
            Files.move(part, library, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (!Files.isRegularFile(library)) {
                throw e;
            }
            // another process put its copy in place first (a loaded DLL cannot be replaced): use that one
        } finally {
            Files.deleteIfExists(part);
        }
    }
}
