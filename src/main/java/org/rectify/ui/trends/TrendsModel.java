package org.rectify.ui.trends;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jfree.chart.JFreeChart;
import org.rectify.analytics.Metric;
import org.rectify.analytics.TrendPoint;
import org.rectify.domain.Grain;
import org.rectify.domain.Scope;

/** The trend screen's choices (metric, grain, category) and what was computed for them. */
public final class TrendsModel {

    /** The category or channel choice meaning "all". */
    public static final String ALL_CATEGORIES = "";

    /** A computed series, its chart and the scope it covers, replaced together. */
    public record Result(List<TrendPoint> points, JFreeChart chart, Scope scope) {
    }

    private final ObjectProperty<Metric> metric = new SimpleObjectProperty<>(Metric.COMPLAINTS);
    private final ObjectProperty<Grain> grain = new SimpleObjectProperty<>(Grain.WEEK);
    private final ObjectProperty<String> category = new SimpleObjectProperty<>(ALL_CATEGORIES);
    private final ObservableList<String> categories = FXCollections.observableArrayList(ALL_CATEGORIES);
    private final ObjectProperty<String> channel = new SimpleObjectProperty<>(ALL_CATEGORIES);
    private final ObservableList<String> channels = FXCollections.observableArrayList(ALL_CATEGORIES);
    private final ObjectProperty<Result> result = new SimpleObjectProperty<>();
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final StringProperty error = new SimpleStringProperty("");

    public ObjectProperty<Metric> metric() {
        return metric;
    }

    public ObjectProperty<Grain> grain() {
        return grain;
    }

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

    public ObjectProperty<Result> result() {
        return result;
    }

    public BooleanProperty loading() {
        return loading;
    }

    public StringProperty error() {
        return error;
    }
}
