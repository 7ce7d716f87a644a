package org.rectify.ui.pareto;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jfree.chart.JFreeChart;
import org.rectify.analytics.KpiValue;
import org.rectify.analytics.Pareto;
import org.rectify.domain.Period;
import org.rectify.domain.Scope;
import org.rectify.ui.common.Loadable;

/** The TOP problems screen's choices (category, N) and the Pareto computed for them. */
public final class ParetoModel {

    /** The Pareto, its chart, the TOP problem share with its change, what they cover, and the name of its exports. */
    public record Result(Pareto pareto, JFreeChart chart, KpiValue topShare, Period period, Period vs, Scope scope,
                         String fileStem) {
    }

    private final ObjectProperty<String> category = new SimpleObjectProperty<>("");
    private final ObservableList<String> categories = FXCollections.observableArrayList("");
    private final ObjectProperty<Integer> topN = new SimpleObjectProperty<>(10);
    private final Loadable<Result> result = new Loadable<>();

    /** The category, "" for all. */
    public ObjectProperty<String> category() {
        return category;
    }

    public ObservableList<String> categories() {
        return categories;
    }

    public ObjectProperty<Integer> topN() {
        return topN;
    }

    public Loadable<Result> result() {
        return result;
    }
}
