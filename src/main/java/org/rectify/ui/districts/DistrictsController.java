package org.rectify.ui.districts;

import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import org.rectify.analytics.CategoryMatrix;
import org.rectify.analytics.DistrictComparison;
import org.rectify.domain.Period;
import org.rectify.report.charts.ChartStyle;
import org.rectify.report.charts.HeatMapChart;
import org.rectify.ui.common.LatestRequest;
import org.rectify.ui.common.TaskRunner;
import org.rectify.ui.i18n.Messages;
import org.rectify.ui.shell.Selection;
import org.rectify.ui.theme.ThemeManager;

/** Compares the districts for the selected period (KPIs, QC tier) and builds the heat map, off the FX thread. */
public final class DistrictsController {

    private final DistrictComparison comparison;
    private final Selection selection;
    private final ThemeManager themes;
    private final LatestRequest request;
    private final DistrictsModel model = new DistrictsModel();
    private final InvalidationListener reload = obs -> reload();

    public DistrictsController(DistrictComparison comparison, Selection selection, ThemeManager themes,
                               TaskRunner runner) {
        this.comparison = comparison;
        this.selection = selection;
        this.themes = themes;
        this.request = new LatestRequest(runner);
    }

    public DistrictsModel model() {
        return model;
    }

    public void attach() {
        inputs().forEach(input -> input.addListener(reload));
        reload();
    }

    public void detach() {
        inputs().forEach(input -> input.removeListener(reload));
        request.cancel();
    }

    private List<Observable> inputs() {
        return List.of(selection.period(), themes.theme());
    }

    public void reload() {
        Period period = selection.period().get();
        if (period == null) {
            return;
        }
        ChartStyle style = themes.chartStyle();
        String title = Messages.format("districts.heatMapTitle", period.toString());
        String blank = Messages.get("districts.noCategory");
        model.loading().set(true);
        request.run(() -> {
            CategoryMatrix matrix = comparison.matrix(period, blank);
            return new DistrictsModel.Result(period, comparison.compare(period), matrix,
                    HeatMapChart.create(title, matrix.districts(), matrix.categories(), matrix.counts(), style));
        }, result -> {
            model.result().set(result);
            model.error().set("");
            model.loading().set(false);
        }, error -> {
            model.error().set(String.valueOf(error.getMessage()));
            model.loading().set(false);
        });
    }
}
