package org.rectify.ui.pareto;

import javafx.geometry.Pos;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import org.rectify.analytics.Metric;
import org.rectify.analytics.Pareto;
import org.rectify.ui.common.Figures;
import org.rectify.ui.i18n.Messages;

/** A problem's change against the same days a year earlier; red when it rose, the earlier count on hover. */
final class YoyCell extends TableCell<Pareto.Item, Pareto.Item> {

    YoyCell() {
        setAlignment(Pos.CENTER_RIGHT);
    }

    @Override
    protected void updateItem(Pareto.Item item, boolean empty) {
        super.updateItem(item, empty);
        getStyleClass().removeIf(c -> c.startsWith("change-"));
        if (empty || item == null) {
            setText(null);
            setTooltip(null);
            return;
        }
        Double change = item.change();
        setText(change == null && item.previous() != null && item.previous() == 0 ? Messages.get("pareto.new")
                : Figures.change(Metric.COMPLAINTS, change));
        getStyleClass().add(change == null ? "change-neutral" : change > 0 ? "change-worse" : "change-better");
        setTooltip(item.previous() == null ? new Tooltip(Messages.get("pareto.noComparison"))
                : new Tooltip(Messages.format("pareto.previousCount", item.previous())));
    }
}
