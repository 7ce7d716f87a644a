package org.rectify.sync;

import org.rectify.domain.ImportCounts;
import org.rectify.domain.SyncStatus;

/** What happened to one file; {@code message} explains a skip, refusal or failure in words for the user. */
public record FileImportResult(String fileName, SyncStatus status, ImportCounts counts, String message) {
}
