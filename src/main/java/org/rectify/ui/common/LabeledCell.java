package org.rectify.ui.common;

import java.util.function.Function;
import javafx.scene.control.ListCell;

/** A list or combo cell that shows its item through a label function (a metric's name, "all districts" …). */
public final class LabeledCell<T> extends ListCell<T> {

    private final Function<T, String> label;

    public LabeledCell(Function<T, String> label) {
        this.label = label;
    }

    @Override
    protected void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        setText(empty || item == null ? null : label.apply(item));
    }

    /** Gives a combo box this label function for its list and its button. */
    public static <T> void use(javafx.scene.control.ComboBox<T> combo, Function<T, String> label) {
        combo.setCellFactory(list -> new LabeledCell<>(label));
        combo.setButtonCell(new LabeledCell<>(label));
    }
}
