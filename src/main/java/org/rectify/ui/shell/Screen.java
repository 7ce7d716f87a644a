package org.rectify.ui.shell;

import javafx.scene.Node;

/** A screen the shell shows: its root node, and what it starts and stops following when shown and hidden. */
public interface Screen {

    Node root();

    /** Shown: add listeners and bindings, load what is needed. */
    void attach();

    /** Hidden: remove what {@link #attach} added, so a hidden screen does no work. */
    void detach();

    /** True once the screen shows its data (the screenshot runner waits for it). */
    default boolean ready() {
        return true;
    }

    /** A screen from a root, two actions, and a readiness test. */
    /** Puts the screen in a state that shows what it can do (an item chosen, its detail open): for screenshots. */
    default void showcase() {
    }

    static Screen of(Node root, Runnable attach, Runnable detach, java.util.function.BooleanSupplier ready) {
        return of(root, attach, detach, ready, () -> { });
    }

    static Screen of(Node root, Runnable attach, Runnable detach, java.util.function.BooleanSupplier ready,
                     Runnable showcase) {
        return new Screen() {
            @Override
            public void showcase() {
                showcase.run();
            }

            @Override
            public boolean ready() {
                return ready.getAsBoolean();
            }

            @Override
            public Node root() {
                return root;
            }

            @Override
            public void attach() {
                attach.run();
            }

            @Override
            public void detach() {
                detach.run();
            }
        };
    }
}
