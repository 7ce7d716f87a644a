package org.rectify.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.core.rolling.FixedWindowRollingPolicy;
import ch.qos.logback.core.rolling.RollingFileAppender;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The log set up in code: the file in the data folder, its line format, rolled over at 5 MB into three files. */
class LogConfiguratorTest {

    @TempDir
    Path folder;

    @Test
    void logsIntoTheDataFolderAndRollsOverAtFiveMegabytes() throws Exception {
        String before = System.getProperty(LogSetup.PROPERTY);
        System.setProperty(LogSetup.PROPERTY, folder.toString());
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new ch.qos.logback.classic.util.LogbackMDCAdapter()); // as the SLF4J provider gives it
        try {
            LogConfigurator configurator = new LogConfigurator();
            configurator.setContext(context);
            assertEquals(Configurator.ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY, configurator.configure(context));
            context.getLogger("org.rectify.Probe").info("导入 龙华 {}", 42);
            context.getLogger("org.rectify.Probe").debug("not at INFO");
            context.getLogger("org.rectify.Probe").error("failed", new IllegalStateException("断了"));

            String log = Files.readString(folder.resolve("rectify.log"), StandardCharsets.UTF_8);
            String[] lines = log.split("\\R");
            assertTrue(lines[0].matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}\\.\\d{3} INFO  \\[main\\] org\\.rectify\\.Probe - 导入 龙华 42"),
                    log);
            assertTrue(lines[1].endsWith(" ERROR [main] org.rectify.Probe - failed"), log);
            assertEquals("java.lang.IllegalStateException: 断了", lines[2], "the stack trace follows its line");
            assertTrue(lines[3].strip().startsWith("at org.rectify.app.LogConfiguratorTest"), log);
            var appender = (RollingFileAppender<?>) context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).getAppender("FILE");
            var rolling = (FixedWindowRollingPolicy) appender.getRollingPolicy();
            assertEquals(folder + "/rectify.%i.log", rolling.getFileNamePattern());
            assertEquals(3, rolling.getMaxIndex());
            assertEquals("5 MB", ((ch.qos.logback.core.rolling.SizeBasedTriggeringPolicy<?>) appender.getTriggeringPolicy())
                    .getMaxFileSize().toString());
        } finally {
            context.stop();
            if (before == null) {
                System.clearProperty(LogSetup.PROPERTY);
            } else {
                System.setProperty(LogSetup.PROPERTY, before);
            }
        }
    }

    @Test
    void longLoggerNamesAreShortenedAsLogbacksOwnAbbreviatorDoes() {
        var logback = new ch.qos.logback.classic.pattern.TargetLengthBasedClassNameAbbreviator(LogLineLayout.LOGGER_WIDTH);
        for (String name : java.util.List.of("org.rectify.Probe", "org.rectify.ui.checklist.ChecklistController",
                "org.rectify.store.ImportTransaction", "org.rectify.report.pack.MeetingPackPdfWriterWithALongName",
                "ch.qos.logback.core.rolling.RollingFileAppender", "ROOT", "a.b", "averyveryveryverylongsinglenamewithoutanydots")) {
            assertEquals(logback.abbreviate(name), LogLineLayout.shortName(name), name);
        }
    }
}
