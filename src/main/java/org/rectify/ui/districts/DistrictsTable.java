package org.rectify.ui.districts;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import org.rectify.analytics.DistrictComparison.Row;
import org.rectify.analytics.KpiValue;
import org.rectify.analytics.Metric;
import org.rectify.analytics.QcTier;
import org.rectify.analytics.TargetStatus;
import org.rectify.ui.common.Figures;
import org.rectify.ui.common.Reasons;
import org.rectify.ui.i18n.Messages;

/**
 * The districts side by side: sortable by any column, the city's row (全市) always last whatever the
 * sort, a value that misses its target marked in red (amber when near), a missing value explained.
 * New rows keep the sort the user chose.
 */
final class DistrictsTable {

    /** The column headers' height in rows: titles may wrap onto a second line. */
    private static final double HEADER_ROWS = 1.9; // a title may take two lines

    private final TableView<Row> table = new TableView<>();

    DistrictsTable() {
        table.setId("districts-table");
        table.setPlaceholder(new Label(Messages.get("districts.empty")));
        table.getStyleClass().add(atlantafx.base.theme.Styles.DENSE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setRowFactory(t -> new CityAwareRow());
        // tall enough for every district and the city's row: the worst district is never the hidden one
        // (the row height comes from the theme's -fx-fixed-cell-size)
        table.prefHeightProperty().bind(Bindings.createDoubleBinding(
                () -> table.getFixedCellSize() * (table.getItems().size() + HEADER_ROWS) + 4,
                table.fixedCellSizeProperty(), table.getItems()));
        table.minHeightProperty().bind(table.prefHeightProperty());
        table.setSortPolicy(t -> {
            Comparator<Row> chosen = t.getComparator();
            Comparator<Row> cityLast = Comparator.comparing(Row::city);
            FXCollections.sort(t.getItems(), chosen == null ? cityLast : cityLast.thenComparing(chosen));
            return true;
        });
        TableColumn<Row, String> district = titled(new TableColumn<>(), "districts.col.district");
        district.setId("districts-col-district");
        district.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().city()
                ? Messages.get("districts.city") : c.getValue().district()));
        TableColumn<Row, QcTier> tier = titled(new TableColumn<>(), "districts.col.tier");
        tier.setId("districts-col-tier");
        tier.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().tier()));
        tier.setCellFactory(c -> new TierCell());
        tier.setComparator(Comparator.nullsFirst(Comparator.naturalOrder()));
        table.getColumns().setAll(List.of(district,
                metric("districts.col.per1000", Metric.COMPLAINTS_PER_1000, KpiValue::value),
                metric("districts.col.complaints", Metric.COMPLAINTS, KpiValue::value),
                change("districts.col.yoy", Metric.COMPLAINTS),
                metric("districts.col.fcr", Metric.FIRST_CONTACT_RESOLUTION, KpiValue::value),
                tier,
                metric("districts.col.escalations", Metric.ESCALATIONS_MAJOR, KpiValue::value),
                metric("districts.col.billing", Metric.BILLING_DISPUTE_SHARE, KpiValue::value)));
    }

    TableView<Row> table() {
        return table;
    }

    /** New rows in the order of the sort the user chose (the ▾ arrow never lies). */
    void show(List<Row> rows) {
        table.getItems().setAll(rows);
        table.sort();
    }

    private static TableColumn<Row, Double> metric(String key, Metric metric, Function<KpiValue, Double> part) {
        TableColumn<Row, Double> column = titled(new TableColumn<>(), key);
        column.setId("districts-col-" + metric.key());
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(part.apply(c.getValue().kpis().metrics().get(metric))));
        column.setCellFactory(c -> new NumberCell(metric, false));
        column.setComparator(Comparator.nullsFirst(Comparator.naturalOrder()));
        column.getStyleClass().add("number-column");
        return column;
    }

    private static TableColumn<Row, Double> change(String key, Metric metric) {
        TableColumn<Row, Double> column = titled(new TableColumn<>(), key);
        column.setId("districts-col-" + metric.key() + "-change");
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().kpis().metrics().get(metric).change()));
        column.setCellFactory(c -> new NumberCell(metric, true));
        column.setComparator(Comparator.nullsFirst(Comparator.naturalOrder()));
        column.getStyleClass().add("number-column");
        return column;
    }

    /**
     * A column titled from the bundles. The title is a wrapping label as wide as its column, so a
     * long one ("越级投诉（五大渠道）" in the projector's large type) takes a second line instead of
     * being cut; the header grows to hold it.
     */
    private static <T> TableColumn<Row, T> titled(TableColumn<Row, T> column, String key) {
        Label title = new Label(Messages.get(key));
        title.setWrapText(true);
        title.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        title.setAlignment(javafx.geometry.Pos.CENTER);
        title.getStyleClass().add("column-title");
        title.prefWidthProperty().bind(column.widthProperty().subtract(8));
        column.setGraphic(title);
        return column;
    }

    /** The city's row in bold under a rule. */
    private static final class CityAwareRow extends TableRow<Row> {
        @Override
        protected void updateItem(Row item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().remove("total-row");
            if (!empty && item != null && item.city()) {
                getStyleClass().add("total-row");
            }
        }
    }

    /** A right-aligned number for its metric; red or amber when it misses the target; a missing one says why. */
    private static final class NumberCell extends TableCell<Row, Double> {
        private final Metric metric;
        private final boolean change;

        NumberCell(Metric metric, boolean change) {
            this.metric = metric;
            this.change = change;
            setAlignment(Pos.CENTER_RIGHT);
            getStyleClass().add("number-cell");
        }

        @Override
        protected void updateItem(Double item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeIf(c -> c.startsWith("status-"));
            setTooltip(null);
            Row row = empty ? null : getTableRow().getItem();
            if (row == null) {
                setText(null);
                return;
            }
            setText(change ? Figures.change(metric, item) : Figures.value(metric, item));
            KpiValue value = row.kpis().metrics().get(metric);
            if (!change) {
                TargetStatus status = row.kpis().status(metric);
                if (status == TargetStatus.MISSED || status == TargetStatus.NEAR) {
                    getStyleClass().add("status-" + status.name().toLowerCase());
                }
                row.kpis().target(metric).ifPresent(t -> setTooltip(new Tooltip(Messages.format(
                        metric.higherIsBetter() ? "dashboard.targetAtLeast" : "dashboard.targetAtMost",
                        Figures.value(metric, t)))));
            }
            if (item == null && value.reason() != null) {
                setTooltip(new Tooltip(Reasons.text(value.reason())));
            }
        }
    }

    /** The QC tier in words, coloured by how much attention it needs. */
    private static final class TierCell extends TableCell<Row, QcTier> {
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
