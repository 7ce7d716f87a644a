package org.rectify.checklist;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where checklist evidence files are kept: {@code evidence/<item>/} under the data folder, so that they
 * move and are backed up with the store. A file is copied, never moved, and never overwrites one kept
 * before ({@code 2-name}, {@code 3-name} … when the name is taken).
 */
final class EvidenceFolder {

    private final Path dataFolder;

    EvidenceFolder(Path dataFolder) {
        this.dataFolder = dataFolder;
    }

    /** Copies {@code file} into the item's folder; returns its path relative to the data folder, with '/'. */
    String keep(long itemId, Path file) {
        Path folder = dataFolder.resolve("evidence").resolve(Long.toString(itemId));
        String name = file.getFileName().toString();
        try {
            Files.createDirectories(folder);
            Path target = folder.resolve(name);
            for (int n = 2; Files.exists(target); n++) {
                target = folder.resolve(n + "-" + name);
            }
            Files.copy(file, target);
            return dataFolder.relativize(target).toString().replace('\\', '/');
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot copy " + file + " into " + folder + ": " + e.getMessage(), e);
        }
    }

    /** Where a kept file lies now, from its stored relative path. */
    Path fileOf(String storedPath) {
        return dataFolder.resolve(storedPath);
    }
}
