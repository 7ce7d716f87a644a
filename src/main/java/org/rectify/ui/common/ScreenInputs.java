package org.rectify.ui.common;

import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;

/** The choices a screen follows while shown: any change reloads it; hidden, it listens to none of them. */
public final class ScreenInputs {

    private final List<Observable> inputs;
    private final InvalidationListener reload;

    public ScreenInputs(Runnable reload, Observable... inputs) {
        this.inputs = List.of(inputs);
        this.reload = obs -> reload.run();
    }

    /** Starts listening; the caller loads once. */
    public void attach() {
        inputs.forEach(input -> input.addListener(reload));
    }

    public void detach() {
        inputs.forEach(input -> input.removeListener(reload));
    }
}
