package org.rectify.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import javafx.application.Application;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.rectify.store.Store;

/**
 * The desktop window a GUI test class works in: a store made for the class in a folder of its own, the
 * app opened over it before the first test and closed, with the store and the folder, after the last.
 * <pre>{@code @RegisterExtension static final DesktopWindow WINDOW = DesktopWindow.over(DesktopHarness::handSet);}</pre>
 */
public final class DesktopWindow implements BeforeAllCallback, AfterAllCallback {

    /** Makes the class's store in its folder. */
    @FunctionalInterface
    public interface StoreMaker {
        Store make(Path folder) throws Exception;
    }

    private final StoreMaker maker;
    private Path folder;
    private Store store;
    private Application app;

    private DesktopWindow(StoreMaker maker) {
        this.maker = maker;
    }

    public static DesktopWindow over(StoreMaker maker) {
        return new DesktopWindow(maker);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        folder = Files.createTempDirectory("rectify-gui-");
        store = maker.make(folder);
        app = DesktopHarness.start(store, folder);
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        try {
            DesktopHarness.stop(app);
        } finally {
            store.close();
            delete(folder);
        }
    }

    public Application app() {
        return app;
    }

    public Store store() {
        return store;
    }

    /** The class's own folder: the store's data folder is inside it, and the watched folder. */
    public Path folder() {
        return folder;
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
