package org.rectify.ui.meeting;

import java.util.List;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.jfree.chart.fx.ChartViewer;
import org.rectify.analytics.DistrictComparison;
import org.rectify.analytics.KpiReport;
import org.rectify.analytics.KpiValue;
import org.rectify.analytics.Metric;
import org.rectify.analytics.Pareto;
import org.rectify.analytics.TargetStatus;
import org.rectify.analytics.TrendPoint;
import org.rectify.checklist.ItemRow;
import org.rectify.domain.SubscriberMask;
import org.rectify.report.charts.ChartStyle;
import org.rectify.report.charts.ParetoChart;
import org.rectify.report.charts.InterventionMarkers;
import org.rectify.report.charts.TrendChart;
import org.rectify.report.pack.MeetingPack;
import org.rectify.ui.checklist.ChecklistTexts;
import org.rectify.ui.common.Figures;
import org.rectify.ui.i18n.Messages;

/** Builds the meeting's pages in code: the city overview and a district's page. Sizes are in em, so type scales with the window. */
final class MeetingPages {

    /** Checklist rows on a district page; the chosen one is always among them. */
    static final int VISIBLE_ITEMS = 8;

    private MeetingPages() {
    }

    /** The city's KPIs and the districts ranked, above the city's weekly trend and TOP problems. */
    static Node city(MeetingPack pack, double typeScale) {
        HBox overview = new HBox(24, kpiGrid(pack.city(), 3), ranking(pack.ranking()));
        HBox.setHgrow(overview.getChildren().get(1), Priority.ALWAYS);
        String city = Messages.get("meeting.city");
        HBox charts = charts(pack.cityTrend(), List.of(), pack.cityPareto(), city, typeScale);
        charts.setId("meeting-city-charts");
        VBox body = new VBox(12, overview, charts);
        VBox.setVgrow(charts, Priority.ALWAYS);
        return body;
    }

    /** @param typeScale the window's type against the 800-pixel-high window the projector style is drawn for */
    static Node district(MeetingPack.DistrictPage page, int chosen, boolean masked, double typeScale) {
        HBox charts = charts(page.trend(), page.interventions(), page.pareto(), page.district(), typeScale);
        VBox body = new VBox(12, kpiStrip(page.kpis()), charts, checklist(page.items(), chosen, masked));
        VBox.setVgrow(charts, Priority.ALWAYS);
        return body;
    }

    /** The weekly complaints against last year and the week's TOP problems, side by side, of a district or the city. */
    private static HBox charts(List<TrendPoint> weeks, List<org.rectify.checklist.InterventionMark> interventions, Pareto top,
                               String name, double typeScale) {
        ChartStyle style = ChartStyle.projector().scaled(typeScale);
        java.util.function.Function<org.rectify.domain.Period, String> weekLabel = org.rectify.domain.Period::withoutYear;
        org.jfree.chart.JFreeChart trendChart = TrendChart.create(weeks, Metric.COMPLAINTS, new TrendChart.Texts(
                Messages.format("meeting.trendTitle", name), Messages.get("trends.current"),
                Messages.get("trends.previous"), Figures.metricName(Metric.COMPLAINTS), Messages.get("trends.partialNote")),
                style, weekLabel, 6);
        InterventionMarkers.add(trendChart, interventions, Figures.interventionTexts(), style, weekLabel);
        ChartViewer trend = new ChartViewer(trendChart, false);
        ChartViewer pareto = new ChartViewer(ParetoChart.create(top, new ParetoChart.Texts(
                Messages.format("meeting.paretoTitle", name), Messages.get("pareto.count"),
                Messages.get("pareto.cumulative"), Messages.get("pareto.others"), Messages.get("pareto.cut")),
                style), false);
        HBox charts = new HBox(16, trend, pareto);
        charts.getStyleClass().add("meeting-charts");
        HBox.setHgrow(trend, Priority.ALWAYS);
        HBox.setHgrow(pareto, Priority.ALWAYS);
        trend.setPrefWidth(10);
        pareto.setPrefWidth(10);
        return charts;
    }

    /** The KPIs as tiles: name, value, change against last year (red when worse), a dot for the target. */
    private static GridPane kpiGrid(KpiReport report, int columns) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("meeting-kpis");
        grid.setHgap(12);
        grid.setVgap(12);
        int i = 0;
        for (Metric m : Metric.values()) {
            grid.add(wholeTile(report, m), i % columns, i / columns);
            i++;
        }
        return grid;
    }

    private static HBox kpiStrip(KpiReport report) {
        HBox strip = new HBox(8);
        strip.getStyleClass().add("meeting-strip");
        for (Metric m : Metric.values()) {
            VBox tile = tile(report, m);
            tile.getStyleClass().add("meeting-strip-tile");
            // nine tiles side by side: the change says its number only; the city page says "on last year"
            Label change = (Label) tile.getChildren().get(2);
            change.setText(Figures.change(m, report.metrics().get(m) == null ? null : report.metrics().get(m).change()));
            HBox.setHgrow(tile, Priority.ALWAYS);
            tile.setMaxWidth(Double.MAX_VALUE);
            tile.setPrefWidth(10);
            strip.getChildren().add(tile);
        }
        return strip;
    }

    private static VBox tile(KpiReport report, Metric m) {
        KpiValue v = report.metrics().get(m);
        Label name = new Label(Figures.metricName(m));
        name.getStyleClass().add("meeting-kpi-name");
        name.setWrapText(true);
        Label value = new Label(Figures.value(m, v == null ? null : v.value()));
        value.getStyleClass().add("meeting-kpi-value");
        TargetStatus status = report.status(m);
        value.getStyleClass().add("target-" + status.name().toLowerCase(java.util.Locale.ROOT));
        Label change = new Label(Messages.format("meeting.vsLastYear", Figures.change(m, v == null ? null : v.change())));
        change.getStyleClass().add("meeting-change");
        change.getStyleClass().add(Figures.worse(m, v == null ? null : v.change()) ? "meeting-worse" : "meeting-better");
        VBox tile = new VBox(2, name, value, change);
        tile.getStyleClass().add("meeting-tile");
        return tile;
    }

    /** On the city page a tile is as wide as its value and change: nothing there is cut. */
    private static VBox wholeTile(KpiReport report, Metric m) {
        VBox tile = tile(report, m);
        tile.getChildren().stream().skip(1).forEach(n -> ((Label) n).setMinWidth(Region.USE_PREF_SIZE));
        return tile;
    }

    private static GridPane ranking(List<DistrictComparison.Row> rows) {
        GridPane grid = table(List.of("meeting.col.rank", "meeting.col.district", "meeting.col.per1000",
                "meeting.col.complaints", "meeting.col.fcr", "meeting.col.tier"));
        grid.setId("meeting-ranking");
        int r = 1;
        for (DistrictComparison.Row row : rows) {
            var m = row.kpis().metrics();
            cells(grid, r, Integer.toString(r), row.district(),
                    Figures.value(Metric.COMPLAINTS_PER_1000, m.get(Metric.COMPLAINTS_PER_1000).value()),
                    Figures.value(Metric.COMPLAINTS, m.get(Metric.COMPLAINTS).value()),
                    Figures.value(Metric.FIRST_CONTACT_RESOLUTION, m.get(Metric.FIRST_CONTACT_RESOLUTION).value()),
                    row.tier() == null ? Messages.get("figure.none") : Messages.get("tier." + row.tier().key()));
            if (row.tier() != null) {
                grid.getChildren().get(grid.getChildren().size() - 1).getStyleClass().add("tier-" + row.tier().key());
            }
            r++;
        }
        return grid;
    }

    /** The district's checklist in meeting order, a window of rows around the chosen one. */
    private static GridPane checklist(List<ItemRow> items, int chosen, boolean masked) {
        GridPane grid = table(List.of("meeting.col.no", "checklist.col.title", "checklist.col.owner", "checklist.col.due",
                "checklist.col.status", "checklist.col.level", "checklist.col.effect"));
        grid.setId("meeting-items");
        int first = Math.max(0, Math.min(chosen - VISIBLE_ITEMS / 2, items.size() - VISIBLE_ITEMS));
        for (int i = first; i < Math.min(items.size(), first + VISIBLE_ITEMS); i++) {
            ItemRow row = items.get(i);
            var item = row.item();
            String title = item.subscriber() == null ? item.title()
                    : item.title() + " · " + (masked ? SubscriberMask.mask(item.subscriber()) : item.subscriber());
            cells(grid, i - first + 1, "#" + item.id(), title, item.owner() == null ? "—" : item.owner(),
                    item.due() == null ? "" : item.due().toString(), ChecklistTexts.status(item.status()),
                    row.level() == 0 ? "" : Messages.format("checklist.level", row.level()), ChecklistTexts.effect(row));
            for (Node cell : grid.getChildren().subList(grid.getChildren().size() - 7, grid.getChildren().size())) {
                if (i == chosen) {
                    cell.getStyleClass().add("meeting-chosen");
                }
                if (row.level() > 0) {
                    cell.getStyleClass().add("meeting-level-" + Math.min(3, row.level()));
                }
            }
        }
        if (items.isEmpty()) {
            grid.add(new Label(Messages.get("meeting.noItems")), 1, 1);
        }
        // the item's words before its effect's numbers: on a narrow page (or in English) the effect gives way
        grid.getColumnConstraints().get(1).minWidthProperty().bind(grid.widthProperty().multiply(0.4));
        grid.getChildren().stream().filter(n -> GridPane.getColumnIndex(n) == 6 && GridPane.getRowIndex(n) > 0)
                .forEach(n -> ((Label) n).setMinWidth(0));
        return grid;
    }

    private static GridPane table(List<String> headerKeys) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("meeting-table");
        for (int c = 0; c < headerKeys.size(); c++) {
            Label header = new Label(Messages.get(headerKeys.get(c)));
            header.getStyleClass().add("meeting-header");
            header.setMaxWidth(Double.MAX_VALUE);
            header.setMinWidth(Region.USE_PREF_SIZE);
            grid.add(header, c, 0);
            ColumnConstraints cc = new ColumnConstraints();
            cc.setHalignment(HPos.LEFT);
            cc.setHgrow(c == 1 ? Priority.ALWAYS : Priority.SOMETIMES);
            grid.getColumnConstraints().add(cc);
        }
        return grid;
    }

    private static void cells(GridPane grid, int row, String... texts) {
        for (int c = 0; c < texts.length; c++) {
            Label cell = new Label(texts[c]);
            cell.getStyleClass().add("meeting-cell");
            cell.setMaxWidth(Double.MAX_VALUE);
            cell.setMinWidth(c == 1 ? Region.USE_COMPUTED_SIZE : Region.USE_PREF_SIZE);
            cell.setPadding(new Insets(2, 10, 2, 10));
            grid.add(cell, c, row);
        }
    }
}
