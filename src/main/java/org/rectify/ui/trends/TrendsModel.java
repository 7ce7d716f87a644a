package org.rectify.ui.trends;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jfree.chart.JFreeChart;
import org.rectify.analytics.Metric;
import org.rectify.domain.Scope;
import org.rectify.ui.common.Loadable;

/** The trend screen's choices (metric, category, channel; the grain is the header's) and what was computed for them. */
public final class TrendsModel {

    /** A computed chart, the scope it covers and the name its exports get, replaced together. */
    public record Result(JFreeChart chart, Scope scope, String fileStem) {
    }

    private final ObjectProperty<Metric> metric = new SimpleObjectProperty<>(Metric.COMPLAINTS);
    private final ObjectProperty<String> category = new SimpleObjectProperty<>("");
    private final ObservableList<String> categories = FXCollections.observableArrayList("");
    private final ObjectProperty<String> channel = new SimpleObjectProperty<>("");
    private final ObservableList<String> channels = FXCollections.observableArrayList("");
    private final BooleanProperty showMarks = new SimpleBooleanProperty(true);
    private final Loadable<Result> result = new Loadable<>();

    public ObjectProperty<Metric> metric() {
        return metric;
    }

    /** The category, "" for all. */
    public ObjectProperty<String> category() {
        return category;
    }

    public ObservableList<String> categories() {
        return categories;
    }

    /** The receiving channel, "" for all. */
    public ObjectProperty<String> channel() {
        return channel;
    }

    public ObservableList<String> channels() {
        return channels;
    }

    /** Whether the checklist's problem items raised and done are marked on the chart. */
    public BooleanProperty showMarks() {
        return showMarks;
    }

    public Loadable<Result> result() {
        return result;
    }
}
