package org.rectify.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rectify.ui.i18n.Messages;

/** Why a file could not be written, in the window's language; a cause without a name keeps the system's words. */
class FileProblemTextTest {

    @AfterEach
    void chinese() {
        Messages.use(Messages.CHINESE);
    }

    @Test
    void theCommonCausesAreSaidInEitherLanguage() {
        Messages.use(Messages.CHINESE);
        assertEquals("没有权限", FileProblemText.of(new AccessDeniedException("/x/profiles/a.json")));
        assertEquals("路径不存在", FileProblemText.of(new NoSuchFileException("/x")));
        assertEquals("磁盘已满", FileProblemText.of(new FileSystemException("/x", null, "No space left on device")));
        assertEquals("只读的文件系统", FileProblemText.of(new FileSystemException("/x", null, "Read-only file system")));
        assertEquals("一个同名的文件挡在那里（应是文件夹）", FileProblemText.of(new FileAlreadyExistsException("/x")));
        Messages.use(java.util.Locale.ENGLISH);
        assertEquals("no permission", FileProblemText.of(new AccessDeniedException("/x/profiles/a.json")));
        assertEquals("the disk is full", FileProblemText.of(new IOException("There is not enough space on the disk")));
    }

    @Test
    void anUnnamedCauseKeepsTheSystemsOwnWords() {
        assertEquals("Too many open files", FileProblemText.of(new FileSystemException("/x", null, "Too many open files")));
        assertEquals("boom", FileProblemText.of(new IOException("boom")));
    }
}
