package org.rectify.ui.common;

import java.util.function.Consumer;
import javafx.geometry.Point2D;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.util.Duration;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.entity.CategoryItemEntity;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.entity.EntityCollection;
import org.jfree.chart.entity.XYItemEntity;
import org.jfree.chart.fx.ChartCanvas;
import org.jfree.chart.fx.ChartViewer;

/**
 * Hover and click on a chart's items with a reach: the item under the pointer, or else the
 * nearest point within {@value #REACH} pixels. Hovering shows the item's value in a tooltip;
 * clicking hands the item on. The viewer's own tooltips (only on the exact marker) are off.
 */
final class NearestItem {

    static final double REACH = 20;

    private final ChartCanvas canvas;
    private final Tooltip tooltip = new Tooltip();
    private ChartEntity shown;

    NearestItem(ChartViewer viewer, Consumer<ChartEntity> onClick) {
        this.canvas = viewer.getCanvas();
        canvas.setTooltipEnabled(false);
        tooltip.setShowDelay(Duration.ZERO);
        tooltip.getStyleClass().add("chart-value-tooltip");
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, e -> hover(e));
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> hide());
        canvas.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.isStillSincePress()) {
                ChartEntity entity = at(e.getX(), e.getY());
                if (entity != null) {
                    onClick.accept(entity);
                }
            }
        });
    }

    /** The item at or nearest to (x, y) in the canvas, or null when none is within reach. */
    ChartEntity at(double x, double y) {
        ChartRenderingInfo info = canvas.getRenderingInfo();
        EntityCollection entities = info == null ? null : info.getEntityCollection();
        if (entities == null) {
            return null;
        }
        ChartEntity best = null;
        double bestDistance = REACH;
        for (int i = 0; i < entities.getEntityCount(); i++) {
            ChartEntity entity = entities.getEntity(i);
            if (!(entity instanceof CategoryItemEntity || entity instanceof XYItemEntity)) {
                continue;
            }
            if (entity.getArea().contains(x, y)) {
                return entity;
            }
            var bounds = entity.getArea().getBounds2D();
            double distance = new Point2D(bounds.getCenterX(), bounds.getCenterY()).distance(x, y);
            if (distance <= bestDistance) {
                best = entity;
                bestDistance = distance;
            }
        }
        return best;
    }

    private void hover(MouseEvent e) {
        ChartEntity entity = at(e.getX(), e.getY());
        if (entity == null || entity.getToolTipText() == null) {
            hide();
            return;
        }
        if (entity != shown) {
            shown = entity;
            tooltip.setText(entity.getToolTipText());
        }
        tooltip.show(canvas, e.getScreenX() + 14, e.getScreenY() + 14);
    }

    private void hide() {
        shown = null;
        tooltip.hide();
    }
}
