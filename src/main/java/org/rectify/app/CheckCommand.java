package org.rectify.app;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import org.rectify.store.StoreCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code check}: integrity check and row counts; prints {@code ok} when the file is sound. */
@Command(name = "check", description = "Check the store's integrity and print its row counts.")
final class CheckCommand implements Callable<Integer> {

    @ParentCommand
    RectifyCommand parent;

    @Spec
    CommandSpec spec;

    @picocli.CommandLine.Option(names = "--rebuild", description = "rebuild the daily roll-ups from the tickets first")
    boolean rebuild;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Wiring wiring = parent.openWiring()) {
            if (rebuild) {
                new org.rectify.store.Rollups(wiring.store()).rebuild();
                out.println("roll-ups rebuilt");
            }
            StoreCheck.Result result = wiring.storeCheck().run();
            out.println("store " + wiring.store().file());
            out.println("schema_version " + result.schemaVersion());
            for (Map.Entry<String, Long> count : result.counts().entrySet()) {
                out.println(count.getKey() + " " + count.getValue());
            }
            if (result.ok()) {
                out.println("ok");
                return 0;
            }
            result.problems().forEach(spec.commandLine().getErr()::println);
            return 1;
        }
    }
}
