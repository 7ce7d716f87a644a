package org.rectify.sync;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Imports the export files of a folder that the store has not seen yet (by content hash), in
 * name order. A file still being written (its size changes) is left for the next round.
 */
public final class FolderSync {

    private static final long STABLE_WAIT_MILLIS = 500;

    private final TicketImporter importer;
    /** Files already dealt with in this session, by path, size and time, so a refused file is not retried unchanged. */
    private final java.util.Map<Path, String> seen = new java.util.concurrent.ConcurrentHashMap<>();

    public FolderSync(TicketImporter importer) {
        this.importer = importer;
    }

    /** Files that look like exports: CSV/TXT/XLSX/XLS, not hidden, not Excel's lock files (~$…). */
    public static List<Path> candidates(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).filter(FolderSync::looksLikeExport).sorted().toList();
        } catch (IOException e) {
            throw new FileRefusedException("Cannot list the folder " + folder + ": " + e.getMessage(), e);
        }
    }

    static boolean looksLikeExport(Path file) {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        return !name.startsWith(".") && !name.startsWith("~$")
                && (lower.endsWith(".csv") || lower.endsWith(".txt") || lower.endsWith(".xlsx") || lower.endsWith(".xls"));
    }

    /**
     * Imports every complete candidate not imported before; returns a result per file imported or
     * refused. Files the store already holds are passed over without a log entry each round.
     */
    public List<FileImportResult> syncOnce(Path folder, ImportListener listener) {
        List<FileImportResult> results = new ArrayList<>();
        for (Path file : candidates(folder)) {
            if (listener.cancelRequested()) {
                break;
            }
            String stamp = stamp(file);
            if (stamp == null || stamp.equals(seen.get(file)) || !isComplete(file)) {
                continue;
            }
            if (!importer.alreadyImported(file)) {
                results.add(importer.importFile(file, listener));
            }
            seen.put(file, stamp);
        }
        return results;
    }

    private static String stamp(Path file) {
        try {
            return Files.size(file) + "@" + Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return null;
        }
    }

    /** True when the size holds still for a moment: an export being copied in is not read half-way. */
    static boolean isComplete(Path file) {
        try {
            long before = Files.size(file);
            long age = System.currentTimeMillis() - Files.getLastModifiedTime(file).toMillis();
            if (age > 2 * STABLE_WAIT_MILLIS) {
                return true;
            }
            Thread.sleep(STABLE_WAIT_MILLIS);
            return Files.size(file) == before;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
