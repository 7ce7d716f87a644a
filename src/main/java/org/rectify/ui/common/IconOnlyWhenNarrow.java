package org.rectify.ui.common;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Labeled;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

/**
 * A bar whose chosen buttons show only their icons, their words in a tooltip, while it has less room than
 * it needs with the words (a 1280-pixel window in English, a 1024-pixel one in Chinese), so that it never
 * pushes the window's content past its edge: its own minimum width is 0.
 */
public final class IconOnlyWhenNarrow extends HBox {

    private final List<? extends Labeled> buttons;
    /** The bar's width with the words shown, measured while they were. */
    private double widthWithWords;

    public IconOnlyWhenNarrow(double spacing, List<? extends Labeled> buttons, Node... children) {
        super(spacing, children);
        this.buttons = buttons;
        setMinWidth(0);
        for (Labeled b : buttons) {
            b.setTooltip(new Tooltip(b.getText()));
        }
    }

    /** Decided at each layout, when the children's sizes (a longer week, a larger type) are known. */
    @Override
    protected void layoutChildren() {
        if (getWidth() > 0) {
            if (!compact()) {
                widthWithWords = prefWidth(-1);
            }
            boolean narrow = getWidth() < widthWithWords;
            if (narrow != compact()) {
                buttons.forEach(b -> b.setContentDisplay(narrow ? ContentDisplay.GRAPHIC_ONLY : ContentDisplay.LEFT));
            }
        }
        super.layoutChildren();
    }

    /** Whether the buttons show their icons only. */
    public boolean compact() {
        return buttons.get(0).getContentDisplay() == ContentDisplay.GRAPHIC_ONLY;
    }
}
