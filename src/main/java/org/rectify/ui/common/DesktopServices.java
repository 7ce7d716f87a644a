package org.rectify.ui.common;

import java.nio.file.Path;
import org.rectify.store.ReferenceData;
import org.rectify.store.TicketQueries;
import org.rectify.sync.FolderSync;
import org.rectify.sync.demo.DemoLoader;

/**
 * What the desktop app needs from the layers below, handed over by the app's wiring.
 * {@code watchedFolder} is null when no export folder is watched.
 */
public record DesktopServices(Path dataFolder, boolean writer, TicketQueries ticketQueries,
                              ReferenceData referenceData, DemoLoader demoLoader, Path demoExportFolder,
                              FolderSync folderSync, Path watchedFolder, DesktopAnalytics analytics,
                              org.rectify.checklist.ChecklistService checklist, DesktopSync sync,
                              DesktopSettings settings) {
}
