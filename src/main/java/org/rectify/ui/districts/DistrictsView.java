package org.rectify.ui.districts;

import java.util.function.Consumer;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableRow;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.jfree.chart.entity.XYItemEntity;
import org.rectify.analytics.DistrictComparison;
import org.rectify.domain.Scope;
import org.rectify.domain.TicketFilter;
import org.rectify.ui.common.ChartPane;
import org.rectify.ui.common.DialogService;
import org.rectify.ui.common.ScreenToolbar;
import org.rectify.ui.common.TicketDrillDown;
import org.rectify.ui.i18n.Messages;

/**
 * The districts side by side (sortable, the city's total last, a legend of the QC tiers) over a
 * district × category heat map; double-click picks a district.
 */
public final class DistrictsView {

    private static final double HEAT_MAP_MIN_HEIGHT = 330;

    private final DistrictsModel model;
    private final BorderPane root = new BorderPane();
    private final DistrictsTable table = new DistrictsTable();
    private final TierLegend legend = new TierLegend();
    private final ChartPane heatMap;
    private final ProgressIndicator busy = new ProgressIndicator();
    private final Label error = new Label();
    private final ChangeListener<DistrictsModel.Result> onResult = (obs, old, now) -> show(now);

    public DistrictsView(DistrictsModel model, DialogService dialogs, Consumer<String> pickDistrict,
                         TicketDrillDown drillDown) {
        this.model = model;
        this.heatMap = new ChartPane("districts-heatmap", dialogs);
        root.setId("districts");
        root.setTop(ScreenToolbar.of("nav.districts", "districts.hint", error, busy));
        table.table().addEventHandler(javafx.scene.input.MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getClickCount() == 2 && e.getTarget() instanceof javafx.scene.Node node) {
                TableRow<?> row = rowOf(node);
                if (row != null && row.getItem() instanceof DistrictComparison.Row r && !r.city()) {
                    pickDistrict.accept(r.district());
                }
            }
        });
        heatMap.setOnItemClicked(entity -> {
            DistrictsModel.Result r = model.result().value().get();
            if (entity instanceof XYItemEntity cell && r != null) {
                // cells are laid out district by district, category by category
                int columns = r.matrix().categories().size();
                String district = r.matrix().districts().get(cell.getItem() / columns);
                String category = r.matrix().categories().get(cell.getItem() % columns);
                String raw = category.equals(Messages.get("districts.noCategory")) ? "" : category;
                drillDown.open(TicketFilter.behindFigure(r.period().range(), new Scope(district, raw), null),
                        Messages.format("tickets.drillDown.figure", r.period().toString(), district, " · " + category));
            }
        });
        // the table takes what its rows need, the heat map the rest but never less than it needs to be
        // read; on a short window the screen scrolls instead of squeezing either
        heatMap.root().setMinHeight(HEAT_MAP_MIN_HEIGHT);
        VBox.setVgrow(heatMap.root(), Priority.ALWAYS);
        VBox content = new VBox(8, table.table(), legend.root(), heatMap.root());
        content.setPadding(new Insets(0, 16, 16, 16));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setId("districts-scroll");
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.getStyleClass().add("edge-to-edge");
        root.setCenter(scroll);
    }

    public BorderPane root() {
        return root;
    }

    public void attach() {
        model.result().bind(busy, error, onResult);
    }

    public void detach() {
        model.result().unbind(busy, error, onResult);
    }

    private void show(DistrictsModel.Result result) {
        if (result == null) {
            return;
        }
        table.show(result.rows());
        legend.show(result.thresholds());
        heatMap.show(result.heatMap(), Messages.format("chart.file.districts", result.period().toString()));
    }

    private static TableRow<?> rowOf(javafx.scene.Node node) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (n instanceof TableRow<?> row) {
                return row;
            }
        }
        return null;
    }
}
