package org.rectify.domain;

import java.time.LocalDateTime;

/** A file attached to a checklist item, kept under the data folder at {@code storedPath} (relative). */
public record Evidence(long id, long itemId, String fileName, String storedPath, LocalDateTime addedAt, String addedBy) {
}
