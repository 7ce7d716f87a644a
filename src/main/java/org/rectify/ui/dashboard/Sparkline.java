package org.rectify.ui.dashboard;

import java.util.List;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Polyline;
import org.rectify.analytics.TrendPoint;

/** A small line of the last periods, scaled to its own minimum and maximum; the last point is marked. */
final class Sparkline extends Pane {

    private List<TrendPoint> points = List.of();

    Sparkline() {
        getStyleClass().add("sparkline");
        setPrefHeight(38);
        setMinHeight(30);
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
        double h = getHeight() - 8;
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
    }
}
