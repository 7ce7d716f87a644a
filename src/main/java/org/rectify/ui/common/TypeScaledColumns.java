package org.rectify.ui.common;

import java.util.IdentityHashMap;
import java.util.Map;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * Column widths chosen for 13-pixel type grow with the type the theme sets (the projector's is
 * larger and follows the window), so that a ticket number or a date is never cut while its column
 * could have been wider. Minimum widths follow too: a narrow window scrolls rather than cuts.
 */
public final class TypeScaledColumns {

    private static final double BASE_TYPE = 13.0;

    private final TableView<?> table;
    private final Map<TableColumn<?, ?>, Double> base = new IdentityHashMap<>();
    private double applied = -1;

    private TypeScaledColumns(TableView<?> table) {
        this.table = table;
        table.getColumns().forEach(c -> base.put(c, c.getPrefWidth()));
        // the header's type is known once the table is laid out, and changes with the theme and the window
        table.widthProperty().addListener((obs, old, now) -> apply());
        table.heightProperty().addListener((obs, old, now) -> apply());
    }

    /** Scales the columns the table has now. */
    public static TypeScaledColumns of(TableView<?> table) {
        return new TypeScaledColumns(table);
    }

    private void apply() {
        var label = table.lookup(".column-header .label");
        double scale = label instanceof Labeled l ? Math.max(1, l.getFont().getSize() / BASE_TYPE) : 1;
        if (Math.abs(scale - applied) < 0.01) {
            return;
        }
        applied = scale;
        base.forEach((column, width) -> {
            column.setPrefWidth(width * scale);
            column.setMinWidth(Math.min(width, 90) * scale);
        });
    }
}
