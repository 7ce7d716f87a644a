package org.rectify.ui.pareto;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jfree.chart.JFreeChart;
import org.rectify.analytics.KpiValue;
import org.rectify.analytics.Pareto;
import org.rectify.domain.Period;
import org.rectify.domain.Scope;

/** The TOP problems screen's choices (category, N) and the Pareto computed for them. */
public final class ParetoModel {

    public static final String ALL_CATEGORIES = "";

    /** The Pareto, its chart, the TOP problem share with its change, and what they cover. */
    public record Result(Pareto pareto, JFreeChart chart, KpiValue topShare, Period period, Period vs, Scope scope) {
    }

    private final ObjectProperty<String> category = new SimpleObjectProperty<>(ALL_CATEGORIES);
    private final ObservableList<String> categories = FXCollections.observableArrayList(ALL_CATEGORIES);
    private final ObjectProperty<Integer> topN = new SimpleObjectProperty<>(10);
    private final ObjectProperty<Result> result = new SimpleObjectProperty<>();
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final StringProperty error = new SimpleStringProperty("");

    public ObjectProperty<String> category() {
        return category;
    }

    public ObservableList<String> categories() {
        return categories;
    }

    public ObjectProperty<Integer> topN() {
        return topN;
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
