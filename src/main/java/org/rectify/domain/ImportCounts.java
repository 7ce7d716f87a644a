package org.rectify.domain;

/** What one file did to the store. {@code read} counts data rows, accepted or not. */
public record ImportCounts(long read, long inserted, long updated, long unchanged, long rejected) {

    public static final ImportCounts NONE = new ImportCounts(0, 0, 0, 0, 0);

    public ImportCounts plus(ImportCounts other) {
        return new ImportCounts(read + other.read, inserted + other.inserted, updated + other.updated,
                unchanged + other.unchanged, rejected + other.rejected);
    }
}
