package org.rectify.ui.districts;

import java.util.List;
import org.jfree.chart.JFreeChart;
import org.rectify.analytics.CategoryMatrix;
import org.rectify.analytics.DistrictComparison;
import org.rectify.analytics.TierService;
import org.rectify.domain.Period;
import org.rectify.ui.common.Loadable;

/** The district comparison of a period and its district × category heat map. */
public final class DistrictsModel {

    /** Rows (the city's last), tier thresholds, matrix and heat-map chart of one period, replaced together. */
    public record Result(Period period, List<DistrictComparison.Row> rows, TierService.Thresholds thresholds,
                         CategoryMatrix matrix, JFreeChart heatMap) {
    }

    private final Loadable<Result> result = new Loadable<>();

    public Loadable<Result> result() {
        return result;
    }
}
