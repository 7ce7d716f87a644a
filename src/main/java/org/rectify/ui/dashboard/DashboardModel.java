package org.rectify.ui.dashboard;

import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.rectify.analytics.KpiReport;
import org.rectify.analytics.Metric;
import org.rectify.analytics.TrendPoint;

/** What the dashboard shows: the KPI report, a short trend per metric, and whether it is loading. */
public final class DashboardModel {

    /** A report and its sparklines, replaced together so the cards never mix two periods. */
    public record Figures(KpiReport report, Map<Metric, List<TrendPoint>> trends) {
    }

    private final ObjectProperty<Figures> figures = new SimpleObjectProperty<>();
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final StringProperty error = new SimpleStringProperty("");

    public ObjectProperty<Figures> figures() {
        return figures;
    }

    public BooleanProperty loading() {
        return loading;
    }

    public StringProperty error() {
        return error;
    }
}
