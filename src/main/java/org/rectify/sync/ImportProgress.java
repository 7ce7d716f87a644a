package org.rectify.sync;

/** Where an import of one file stands. */
public record ImportProgress(String fileName, long rowsRead, long bytesRead, long totalBytes, double rowsPerSecond) {

    /** 0..1 by position in the file. */
    public double fraction() {
        return totalBytes <= 0 ? 0 : Math.min(1.0, (double) bytesRead / totalBytes);
    }
}
