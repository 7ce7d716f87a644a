package org.rectify.ui.common;

import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;

/**
 * What a screen computed in the background: the latest result, whether a newer one is on its
 * way, and the last failure in words (empty when fine). Properties only; views bind to them.
 */
public final class Loadable<T> {

    private final ObjectProperty<T> value = new SimpleObjectProperty<>();
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final StringProperty error = new SimpleStringProperty("");

    public ObjectProperty<T> value() {
        return value;
    }

    public BooleanProperty loading() {
        return loading;
    }

    public StringProperty error() {
        return error;
    }

    /** True once a result is shown and no newer one is being computed. */
    public boolean ready() {
        return value.get() != null && !loading.get();
    }

    /** Computes through {@code request} (latest wins) and stores the result or the failure. Call on the FX thread. */
    public void load(LatestRequest request, Supplier<T> work) {
        loading.set(true);
        request.run(work, result -> {
            value.set(result);
            error.set("");
            loading.set(false);
        }, failure -> {
            error.set(failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage());
            loading.set(false);
        });
    }

    /** Shows progress and failures in a view's indicator and label, and results through {@code onValue}. */
    public void bind(ProgressIndicator busy, Label errorLabel, ChangeListener<T> onValue) {
        busy.visibleProperty().bind(loading);
        errorLabel.textProperty().bind(error);
        value.addListener(onValue);
        onValue.changed(value, null, value.get());
    }

    public void unbind(ProgressIndicator busy, Label errorLabel, ChangeListener<T> onValue) {
        busy.visibleProperty().unbind();
        errorLabel.textProperty().unbind();
        value.removeListener(onValue);
    }
}
