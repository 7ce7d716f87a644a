package org.rectify.store;

/**
 * The file a sync run reads: its name and path as shown, its SHA-256 (empty while it is still being
 * read, or when it could not be read at all) and its size in bytes.
 */
public record RunFile(String name, String path, String contentHash, long size) {

    public RunFile {
        contentHash = contentHash == null ? "" : contentHash;
    }
}
