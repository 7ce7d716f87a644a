package org.rectify.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataFolderTest {

    @Test
    void theDataOptionWinsOverTheEnvironment() {
        assertEquals(Path.of("/tmp/d").toAbsolutePath(),
                DataFolder.resolve(Path.of("/tmp/d"), Map.of("RECTIFY_HOME", "/srv/r"), "Linux", "/home/u"));
    }

    @Test
    void rectifyHomeWinsOverThePerUserFolder() {
        assertEquals(Path.of("/srv/r"), DataFolder.resolve(null, Map.of("RECTIFY_HOME", "/srv/r"), "Linux", "/home/u"));
    }

    @Test
    void perUserFoldersFollowTheOperatingSystem() {
        assertEquals(Path.of("/home/u/.local/share/rectify"), DataFolder.resolve(null, Map.of(), "Linux", "/home/u"));
        assertEquals(Path.of("/x/data/rectify"), DataFolder.resolve(null, Map.of("XDG_DATA_HOME", "/x/data"), "Linux", "/home/u"));
        assertEquals(Path.of("/Users/u/Library/Application Support/Rectify"),
                DataFolder.resolve(null, Map.of(), "Mac OS X", "/Users/u"));
        assertEquals(Path.of("C:/Users/u/AppData/Local/Rectify"),
                DataFolder.resolve(null, Map.of("LOCALAPPDATA", "C:/Users/u/AppData/Local"), "Windows 11", "C:/Users/u"));
    }

    @org.junit.jupiter.api.Test
    void aFolderThatCannotBeWrittenSaysWhyForTheWindowAndInEnglishForTheCommandLine() {
        java.nio.file.Path folder = java.nio.file.Path.of("/data/rectify");
        var denied = DataFolder.notWritable(folder, new java.nio.file.AccessDeniedException("/data/rectify"));
        org.junit.jupiter.api.Assertions.assertEquals(DataFolderNotWritableException.Reason.NO_PERMISSION, denied.reason());
        org.junit.jupiter.api.Assertions.assertTrue(denied.getMessage().contains("(no permission to write there)"), denied.getMessage());
        var readOnly = DataFolder.notWritable(folder, new java.nio.file.FileSystemException("/data/rectify: Read-only file system"));
        org.junit.jupiter.api.Assertions.assertEquals(DataFolderNotWritableException.Reason.READ_ONLY, readOnly.reason());
        var file = DataFolder.notWritable(folder, new java.nio.file.FileSystemException("/data/rectify: Not a directory"));
        org.junit.jupiter.api.Assertions.assertEquals(DataFolderNotWritableException.Reason.OTHER, file.reason());
        org.junit.jupiter.api.Assertions.assertEquals("/data/rectify: Not a directory", file.systemText());
        org.junit.jupiter.api.Assertions.assertEquals(folder, file.folder());
        org.junit.jupiter.api.Assertions.assertTrue(file.getMessage().startsWith("The data folder /data/rectify cannot be written"
                + " (/data/rectify: Not a directory). Rectify keeps its store there and wrote nothing"), file.getMessage());
    }
}
