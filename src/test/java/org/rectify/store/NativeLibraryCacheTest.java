package org.rectify.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/** SQLite's native library is loaded from the cached copy, which is the driver's own file. */
class NativeLibraryCacheTest {

    @TempDir
    Path folder;

    /** In a process of its own: in this one another test may have loaded the library first. */
    @Test
    void aNewProcessLoadsSqliteFromTheCachedCopy() throws Exception {
        assumeTrue(Files.isReadable(Path.of("/proc/self/maps")), "which file a library was mapped from is read on Linux only");
        Path cache = folder.resolve("cache");
        Process probe = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-D" + NativeLibraryCache.PROPERTY + "=" + cache,
                "-Drectify.log.dir=" + folder, Probe.class.getName(), folder.resolve("data").toString())
                .redirectErrorStream(true).start();
        String mapped = new String(probe.getInputStream().readAllBytes()).strip();
        assertEquals(0, probe.waitFor(), mapped);

        Path expected = NativeLibraryCache.folderFor(cache).resolve(LibraryLoaderUtil.getNativeLibName());
        assertTrue(Files.isRegularFile(expected), "extracted into the cache folder");
        assertEquals(expected.toRealPath().toString(), mapped, "the library the process mapped");
    }

    /** Opens a store and prints the file SQLite's library was mapped from. */
    public static final class Probe {
        public static void main(String[] args) throws Exception {
            try (Store store = Store.open(Path.of(args[0]))) {
                String line = Files.readAllLines(Path.of("/proc/self/maps")).stream()
                        .filter(l -> l.contains("sqlitejdbc")).findFirst().orElse("none");
                System.out.println(line.substring(line.indexOf('/') < 0 ? 0 : line.indexOf('/')));
            }
        }
    }

    @Test
    void theCopyIsTheDriversFileByteForByte() throws Exception {
        String resource = LibraryLoaderUtil.getNativeLibResourcePath() + "/" + LibraryLoaderUtil.getNativeLibName();
        Path library = folder.resolve("copy").resolve(LibraryLoaderUtil.getNativeLibName());

        NativeLibraryCache.extract(resource, library);
        NativeLibraryCache.extract(resource, library); // a second time over the first: replaced, no leftovers

        try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(resource)) {
            assertArrayEquals(in.readAllBytes(), Files.readAllBytes(library));
        }
        try (var files = Files.list(library.getParent())) {
            assertEquals(1, files.count(), "no part file left behind");
        }
    }

    @Test
    void theCacheFolderIsThePlatformsOwn() {
        String saved = System.clearProperty(NativeLibraryCache.PROPERTY);
        try {
            assertEquals(Path.of("C:/Users/li/AppData/Local/Rectify/cache"),
                    NativeLibraryCache.cacheRoot(Map.of("LOCALAPPDATA", "C:/Users/li/AppData/Local"), "Windows 11", "C:/Users/li"));
            assertEquals(Path.of("/Users/li/Library/Caches/Rectify"), NativeLibraryCache.cacheRoot(Map.of(), "Mac OS X", "/Users/li"));
            assertEquals(Path.of("/home/li/.cache/rectify"), NativeLibraryCache.cacheRoot(Map.of(), "Linux", "/home/li"));
            assertEquals(Path.of("/x/cache/rectify"), NativeLibraryCache.cacheRoot(Map.of("XDG_CACHE_HOME", "/x/cache"), "Linux", "/home/li"));
        } finally {
            if (saved != null) {
                System.setProperty(NativeLibraryCache.PROPERTY, saved);
            }
        }
    }
}
