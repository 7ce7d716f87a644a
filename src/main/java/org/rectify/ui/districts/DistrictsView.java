package org.rectify.ui.districts;

import java.util.Comparator;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import org.rectify.analytics.DistrictComparison;
import org.rectify.analytics.Metric;
import org.rectify.analytics.QcTier;
import org.rectify.ui.common.ChartPane;
import org.rectify.ui.common.DialogService;
import org.rectify.ui.common.ScreenToolbar;
import org.rectify.ui.common.Figures;
import org.rectify.ui.common.TicketDrillDown;
import org.rectify.domain.Scope;
import org.rectify.domain.TicketFilter;
import org.jfree.chart.entity.XYItemEntity;
import org.rectify.ui.i18n.Messages;

/** The districts side by side (sortable) over a district × category heat map; double-click picks a district. */
public final class DistrictsView {

    private final DistrictsModel model;
    private final BorderPane root = new BorderPane();
    private final TableView<DistrictComparison.Row> table = new TableView<>();
    private final ChartPane heatMap;
    private final ProgressIndicator busy = new ProgressIndicator();
    private final Label error = new Label();
    private final ChangeListener<DistrictsModel.Result> onResult = (obs, old, now) -> show(now);

    public DistrictsView(DistrictsModel model, DialogService dialogs, java.util.function.Consumer<String> pickDistrict,
                         TicketDrillDown drillDown) {
        this.model = model;
        this.heatMap = new ChartPane("districts-heatmap", "district-category", dialogs);
        root.setId("districts");
        root.setTop(toolbar());
        buildTable();
        table.setRowFactory(t -> {
            TableRow<DistrictComparison.Row> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && row.getItem() != null) {
                    pickDistrict.accept(row.getItem().district());
                }
            });
            return row;
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
        SplitPane split = new SplitPane(table, heatMap.root());
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.5);
        root.setCenter(split);
        BorderPane.setMargin(split, new Insets(0, 16, 16, 16));
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
        table.getItems().setAll(result.rows());
        heatMap.show(result.heatMap());
    }

    private HBox toolbar() {
        return ScreenToolbar.of("nav.districts", "districts.hint", error, busy);
    }

    private void buildTable() {
        table.setId("districts-table");
        table.getStyleClass().add(atlantafx.base.theme.Styles.DENSE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        TableColumn<DistrictComparison.Row, String> district = new TableColumn<>(Messages.get("districts.col.district"));
        district.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().district()));
        TableColumn<DistrictComparison.Row, QcTier> tier = new TableColumn<>(Messages.get("districts.col.tier"));
        tier.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().tier()));
        tier.setCellFactory(c -> new TierCell());
        tier.setComparator(Comparator.nullsFirst(Comparator.naturalOrder()));
        table.getColumns().setAll(java.util.List.of(district,
                metric("districts.col.per1000", Metric.COMPLAINTS_PER_1000, v -> v.value()),
                metric("districts.col.complaints", Metric.COMPLAINTS, v -> v.value()),
                change("districts.col.yoy", Metric.COMPLAINTS),
                metric("districts.col.fcr", Metric.FIRST_CONTACT_RESOLUTION, v -> v.value()),
                tier,
                metric("districts.col.escalations", Metric.ESCALATIONS_MAJOR, v -> v.value()),
                metric("districts.col.billing", Metric.BILLING_DISPUTE_SHARE, v -> v.value())));
    }

    private static TableColumn<DistrictComparison.Row, Double> metric(String key, Metric metric,
            Function<org.rectify.analytics.KpiValue, Double> part) {
        TableColumn<DistrictComparison.Row, Double> column = new TableColumn<>(Messages.get(key));
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(part.apply(c.getValue().kpis().metrics().get(metric))));
        column.setCellFactory(c -> new NumberCell(v -> Figures.value(metric, v)));
        column.setComparator(Comparator.nullsFirst(Comparator.naturalOrder()));
        column.getStyleClass().add("number-column");
        return column;
    }

    private static TableColumn<DistrictComparison.Row, Double> change(String key, Metric metric) {
        TableColumn<DistrictComparison.Row, Double> column = metric(key, metric, v -> v.change());
        column.setCellFactory(c -> new NumberCell(v -> Figures.change(metric, v)));
        return column;
    }

    /** A right-aligned number, formatted for its metric. */
    private static final class NumberCell extends TableCell<DistrictComparison.Row, Double> {
        private final Function<Double, String> format;

        NumberCell(Function<Double, String> format) {
            this.format = format;
            setAlignment(Pos.CENTER_RIGHT);
        }

        @Override
        protected void updateItem(Double item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : format.apply(item));
        }
    }

    /** The QC tier in words, coloured by how much attention it needs. */
    private static final class TierCell extends TableCell<DistrictComparison.Row, QcTier> {
        @Override
        protected void updateItem(QcTier item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeIf(c -> c.startsWith("tier-"));
            if (empty || item == null) {
                setText(empty ? null : Messages.get("figure.none"));
                return;
            }
            setText(Messages.get("tier." + item.key()));
            getStyleClass().add("tier-" + item.key());
        }
    }
}
