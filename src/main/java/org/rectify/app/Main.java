package org.rectify.app;

import java.nio.file.Path;
import org.rectify.store.DataFolder;
import picocli.CommandLine;

/**
 * The entry point: the desktop app without a command, the command line with one. A plain class,
 * not a JavaFX Application, so that the jar starts on the classpath.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String[] args) {
        LogSetup.configure(DataFolder.resolve(dataOption(args)));
        CommandLine cli = RectifyCommand.commandLine(args);
        return cli.execute(args);
    }

    /** The --data value if given, read before picocli so that the log goes into the right folder. */
    static Path dataOption(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--data") && i + 1 < args.length) {
                return Path.of(args[i + 1]);
            }
            if (args[i].startsWith("--data=")) {
                return Path.of(args[i].substring("--data=".length()));
            }
        }
        return null;
    }
}
