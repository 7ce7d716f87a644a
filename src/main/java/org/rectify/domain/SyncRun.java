package org.rectify.domain;

import java.time.LocalDateTime;

/** One logged import of one file (DESIGN 3.2: every run is logged); {@code filePath} as it was imported from. */
public record SyncRun(long id, String fileName, String filePath, String contentHash, String profile, LocalDateTime startedAt,
                      LocalDateTime finishedAt, SyncStatus status, ImportCounts counts, String message,
                      long durationMillis) {
}
