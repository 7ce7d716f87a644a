package org.rectify.ui.common;

import java.util.function.Function;
import javafx.scene.control.Label;
import javafx.util.StringConverter;
import org.rectify.ui.i18n.Messages;

/** Small helpers that give things their words: a drop-down's names for its values, a section's title, a hint. */
public final class Names {

    private Names() {
    }

    /** How a drop-down that is not edited names its values (nothing is ever read back from text). */
    public static <T> StringConverter<T> converter(Function<T, String> name) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return name.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }

    /** A bold title over a part of a screen. */
    public static Label section(String key) {
        Label label = new Label(Messages.get(key));
        label.getStyleClass().add("section-title");
        return label;
    }

    /** A muted line that explains, wrapped. */
    public static Label hint(String key) {
        Label label = new Label(Messages.get(key));
        label.getStyleClass().add("hint-label");
        label.setWrapText(true);
        return label;
    }
}
