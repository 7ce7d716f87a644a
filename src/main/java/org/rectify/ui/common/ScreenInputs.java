package org.rectify.ui.common;

import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;

/**
 * The choices a screen follows while shown, and its background requests: any change reloads it
 * (the latest request wins); hidden, it listens to none of them and its requests in flight are dropped.
 */
public final class ScreenInputs {

    private final List<Observable> inputs;
    private final Runnable reload;
    private final InvalidationListener onChange;
    private final LatestRequest request;

    public ScreenInputs(TaskRunner runner, Runnable reload, Observable... inputs) {
        this.inputs = List.of(inputs);
        this.reload = reload;
        this.onChange = obs -> reload.run();
        this.request = new LatestRequest(runner);
    }

    /** The screen is shown: listen, and load once. */
    public void attach() {
        inputs.forEach(input -> input.addListener(onChange));
        reload.run();
    }

    public void detach() {
        inputs.forEach(input -> input.removeListener(onChange));
        request.cancel();
    }

    public LatestRequest request() {
        return request;
    }
}
