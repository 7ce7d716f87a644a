package org.rectify.ui.common;

import org.rectify.analytics.KpiConfiguration;
import org.rectify.store.Backup;
import org.rectify.sync.SubscriberImporter;

/** What the settings screen changes: the KPI configuration, the subscriber counts (from a file too), backups. */
public record DesktopSettings(KpiConfiguration configuration, SubscriberImporter subscribers, Backup backup) {
}
