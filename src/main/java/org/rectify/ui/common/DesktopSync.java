package org.rectify.ui.common;

import org.rectify.store.RejectedRows;
import org.rectify.store.SyncLog;
import org.rectify.sync.TicketImporter;

/**
 * What the sync screen works with: the importer (and its profile library), the log of runs, the
 * rejected rows, and the settings that keep the watched folder.
 */
public record DesktopSync(TicketImporter importer, SyncLog log, RejectedRows rejectedRows,
                          org.rectify.store.Settings settings) {
}
