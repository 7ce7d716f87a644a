package org.rectify.ui.districts;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.jfree.chart.JFreeChart;
import org.rectify.analytics.CategoryMatrix;
import org.rectify.analytics.DistrictComparison;
import org.rectify.domain.Period;

/** The district comparison of a period and its district × category heat map. */
public final class DistrictsModel {

    /** Rows, matrix and heat-map chart of one period, replaced together. */
    public record Result(Period period, List<DistrictComparison.Row> rows, CategoryMatrix matrix, JFreeChart heatMap) {
    }

    private final ObjectProperty<Result> result = new SimpleObjectProperty<>();
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final StringProperty error = new SimpleStringProperty("");

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
