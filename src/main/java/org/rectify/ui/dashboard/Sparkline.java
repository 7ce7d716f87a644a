package org.rectify.ui.dashboard;

import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Polyline;
import javafx.scene.text.Text;
import org.rectify.analytics.TrendPoint;

/**
 * A small line of the last periods across the card's full width, scaled to its own minimum and
 * maximum; the last point is marked, and the first and last periods are named under the line.
 */
final class Sparkline extends Pane {

    private static final double LABEL_HEIGHT = 15;

    private List<TrendPoint> points = List.of();

    Sparkline() {
        getStyleClass().add("sparkline");
        setPrefHeight(38 + LABEL_HEIGHT);
        setMinHeight(30 + LABEL_HEIGHT);
    }

    void setPoints(List<TrendPoint> newPoints) {
        this.points = newPoints;
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        getChildren().clear();
        List<Double> values = points.stream().map(TrendPoint::value).toList();
        double min = values.stream().filter(v -> v != null).mapToDouble(Double::doubleValue).min().orElse(0);
        double max = values.stream().filter(v -> v != null).mapToDouble(Double::doubleValue).max().orElse(0);
        double w = getWidth() - 8;
        double h = getHeight() - 8 - LABEL_HEIGHT;
        if (values.size() < 2 || w <= 0 || h <= 0) {
            return;
        }
        Polyline line = new Polyline();
        line.getStyleClass().add("sparkline-line");
        double lastX = 0;
        double lastY = 0;
        for (int i = 0; i < values.size(); i++) {
            Double v = values.get(i);
            if (v == null) {
                continue;
            }
            lastX = 4 + w * i / (values.size() - 1);
            lastY = 4 + (max == min ? h / 2 : h * (max - v) / (max - min));
            line.getPoints().addAll(lastX, lastY);
        }
        Circle end = new Circle(lastX, lastY, 3.5);
        end.getStyleClass().add("sparkline-end");
        getChildren().addAll(line, end);
        label(points.get(0), 4, false);
        label(points.get(points.size() - 1), getWidth() - 4, true);
    }

    private void label(TrendPoint point, double x, boolean alignRight) {
        Text text = new Text(point.period().toString());
        text.getStyleClass().add("sparkline-label");
        text.setTextOrigin(VPos.BOTTOM);
        getChildren().add(text);
        text.applyCss(); // the width depends on the theme's type size
        double width = text.getLayoutBounds().getWidth();
        text.setX(alignRight ? x - width : x);
        text.setY(getHeight());
    }
}
