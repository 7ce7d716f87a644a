package org.rectify.app;

import java.nio.file.Path;

/** Points the log file into the data folder; logback reads the property when it starts. */
final class LogSetup {

    static final String PROPERTY = "rectify.log.dir";

    private LogSetup() {
    }

    static void configure(Path dataFolder) {
        if (System.getProperty(PROPERTY) == null) {
            System.setProperty(PROPERTY, dataFolder.toString());
        }
    }
}
