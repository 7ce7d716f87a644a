package org.rectify.sync;

import org.rectify.domain.ImportCounts;
import org.rectify.domain.SyncStatus;

/**
 * What happened to one file. {@code profile} is the profile used (null when none was chosen);
 * {@code message} explains a skip, refusal or failure, or notes on a done import (filtered rows,
 * skipped sheets).
 */
public record FileImportResult(String fileName, SyncStatus status, ImportCounts counts, String profile, String message) {
}
