package org.rectify.app;

import picocli.CommandLine;

/** The version written into the jar's manifest by Maven. */
final class VersionProvider implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = Main.class.getPackage().getImplementationVersion();
        return new String[] {"Rectify " + (version == null ? "(development build)" : version)};
    }
}
