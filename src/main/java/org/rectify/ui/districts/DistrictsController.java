package org.rectify.ui.districts;

import java.util.ArrayList;
import java.util.List;
import org.rectify.analytics.CategoryMatrix;
import org.rectify.analytics.DistrictComparison;
import org.rectify.domain.Period;
import org.rectify.report.charts.ChartStyle;
import org.rectify.report.charts.HeatMapChart;
import org.rectify.ui.common.ScreenInputs;
import org.rectify.ui.common.TaskRunner;
import org.rectify.ui.i18n.Messages;
import org.rectify.ui.shell.Selection;
import org.rectify.ui.theme.ThemeManager;

/** Compares the districts for the selected period (KPIs, QC tier) and builds the heat map, off the FX thread. */
public final class DistrictsController {

    private final DistrictComparison comparison;
    private final Selection selection;
    private final ThemeManager themes;
    private final DistrictsModel model = new DistrictsModel();
    private final ScreenInputs inputs;

    public DistrictsController(DistrictComparison comparison, Selection selection, ThemeManager themes,
                               TaskRunner runner) {
        this.comparison = comparison;
        this.selection = selection;
        this.themes = themes;
        this.inputs = new ScreenInputs(runner, this::reload, selection.period(), themes.theme());
    }

    public DistrictsModel model() {
        return model;
    }

    public void attach() {
        inputs.attach();
    }

    public void detach() {
        inputs.detach();
    }

    public void reload() {
        Period period = selection.period().get();
        if (period == null) {
            return;
        }
        ChartStyle style = themes.chartStyle();
        String title = Messages.format("districts.heatMapTitle", period.toString());
        String blank = Messages.get("districts.noCategory");
        model.result().load(inputs.request(), () -> {
            CategoryMatrix matrix = comparison.matrix(period, blank);
            List<DistrictComparison.Row> rows = new ArrayList<>(comparison.compare(period));
            rows.add(comparison.city(period));
            return new DistrictsModel.Result(period, rows, comparison.tierThresholds(), matrix,
                    HeatMapChart.create(title, matrix.districts(), matrix.categories(), matrix.counts(), style));
        });
    }
}
