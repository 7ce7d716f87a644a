package org.rectify.ui.pareto;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.jfree.chart.entity.CategoryItemEntity;
import org.rectify.analytics.Metric;
import org.rectify.analytics.Pareto;
import org.rectify.domain.TicketFilter;
import org.rectify.ui.common.ChartPane;
import org.rectify.ui.common.DialogService;
import org.rectify.ui.common.ScreenToolbar;
import org.rectify.ui.common.Figures;
import org.rectify.ui.common.LabeledCell;
import org.rectify.ui.common.Reasons;
import org.rectify.ui.common.TicketDrillDown;
import org.rectify.ui.i18n.Messages;

/** Pareto of problems with the TOP problem share beside it; a click on a bar opens its complaints. */
public final class ParetoView {

    private final ParetoModel model;
    private final BorderPane root = new BorderPane();
    private final ChartPane chart;
    private final Label share = new Label();
    private final Label sharePrevious = new Label();
    private final Label shareChange = new Label();
    private final Label shareReason = new Label();
    private final Label cut = new Label();
    private final TableView<Pareto.Item> items = new TableView<>();
    private final ProgressIndicator busy = new ProgressIndicator();
    private final Label error = new Label();
    private final ChangeListener<ParetoModel.Result> onResult = (obs, old, now) -> show(now);

    public ParetoView(ParetoModel model, DialogService dialogs, TicketDrillDown drillDown) {
        this.model = model;
        this.chart = new ChartPane("pareto-chart", dialogs);
        root.setId("pareto");
        root.setTop(toolbar());
        root.setCenter(chart.root());
        root.setRight(sidePanel());
        BorderPane.setMargin(chart.root(), new Insets(0, 8, 16, 16));
        chart.setOnItemClicked(entity -> {
            ParetoModel.Result r = model.result().value().get();
            if (entity instanceof CategoryItemEntity item && r != null) {
                String problem = String.valueOf(item.getColumnKey());
                if (problem.equals(Messages.get("pareto.others"))) {
                    return; // "others" has no single problem to list
                }
                drillDown.open(TicketFilter.behindFigure(r.period().range(), r.scope(), problem), Messages.format("tickets.drillDown.figure", r.period().toString(),
                        r.scope().district() == null ? Messages.get("selection.allDistricts") : r.scope().district(),
                        " · " + problem));
            }
        });
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

    private void show(ParetoModel.Result r) {
        if (r == null) {
            return;
        }
        chart.show(r.chart(), r.fileStem());
        share.setText(Figures.value(Metric.TOP_PROBLEM_SHARE, r.topShare().value()));
        sharePrevious.setText(Messages.format("pareto.sharePrevious", r.vs().toString(),
                Figures.value(Metric.TOP_PROBLEM_SHARE, r.topShare().previous())));
        // the change is a label of its own: "−2.00个百分点" never breaks across lines
        shareChange.setText(Messages.format("pareto.shareChange", Figures.change(Metric.TOP_PROBLEM_SHARE,
                r.topShare().change())));
        shareChange.getStyleClass().removeIf(c -> c.startsWith("change-"));
        shareChange.getStyleClass().add(r.topShare().change() == null ? "change-neutral"
                : Figures.worse(Metric.TOP_PROBLEM_SHARE, r.topShare().change()) ? "change-worse" : "change-better");
        String reason = r.pareto().reason() != null ? Reasons.text(r.pareto().reason()) : Reasons.text(r.topShare().reason());
        shareReason.setText(reason);
        shareReason.setVisible(!reason.isEmpty());
        shareReason.setManaged(!reason.isEmpty());
        cut.setText(r.pareto().total() == 0 ? "" : Messages.format("pareto.cutCount", r.pareto().itemsTo80Percent(),
                r.pareto().total()));
        items.setPlaceholder(new Label(r.pareto().reason() != null ? Reasons.text(r.pareto().reason())
                : Messages.get("pareto.noComplaints")));
        items.getItems().setAll(r.pareto().items());
    }

    private HBox toolbar() {
        ComboBox<String> category = new ComboBox<>(model.categories());
        category.setId("pareto-category");
        category.valueProperty().bindBidirectional(model.category());
        LabeledCell.use(category, c -> c.isEmpty() ? Messages.get("selection.allCategories") : c);
        ComboBox<Integer> topN = new ComboBox<>();
        topN.setId("pareto-n");
        topN.getItems().setAll(5, 10, 15, 20);
        topN.valueProperty().bindBidirectional(model.topN());
        LabeledCell.use(topN, n -> Messages.format("pareto.topN", n));
        return ScreenToolbar.of("nav.pareto", "chart.clickHint", error, busy, category, topN);
    }

    private VBox sidePanel() {
        Label shareTitle = new Label(Figures.metricName(Metric.TOP_PROBLEM_SHARE));
        shareTitle.getStyleClass().add("kpi-title");
        share.setId("pareto-share");
        share.getStyleClass().add("kpi-value");
        sharePrevious.getStyleClass().add("kpi-previous");
        sharePrevious.setWrapText(true);
        shareChange.setId("pareto-share-change");
        shareChange.getStyleClass().add("kpi-change");
        shareChange.setMinWidth(Region.USE_PREF_SIZE);
        shareReason.getStyleClass().add("kpi-reason");
        shareReason.setWrapText(true);
        cut.getStyleClass().add("kpi-previous");
        cut.setWrapText(true);
        VBox card = new VBox(6, shareTitle, share, sharePrevious, shareChange, shareReason, cut);
        card.getStyleClass().add("kpi-card");
        items.setId("pareto-items");
        items.setPlaceholder(new Label(Messages.get("pareto.noComplaints")));
        items.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        TableColumn<Pareto.Item, String> problem = column("pareto.col.problem", 128, Pareto.Item::problem);
        problem.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setWrapText(true); // a long name takes a second line rather than being cut
                setTooltip(empty || item == null ? null : new javafx.scene.control.Tooltip(item)); // the whole name
            }
        });
        items.getColumns().setAll(java.util.List.of(
                problem,
                column("pareto.col.count", 62, i -> Figures.value(Metric.COMPLAINTS, (double) i.count())),
                yoyColumn(),
                column("pareto.col.cumulative", 68, i -> Figures.value(Metric.TOP_PROBLEM_SHARE, i.cumulative()))));
        VBox.setVgrow(items, Priority.ALWAYS);
        VBox panel = new VBox(12, card, items);
        panel.getStyleClass().add("pareto-side");
        panel.setPadding(new Insets(0, 16, 16, 8));
        return panel;
    }

    /** Year on year per problem: what rose is what a manager asks first (red when it rose). */
    private static TableColumn<Pareto.Item, Pareto.Item> yoyColumn() {
        TableColumn<Pareto.Item, Pareto.Item> c = new TableColumn<>(Messages.get("pareto.col.yoy"));
        c.setId("pareto-col-yoy");
        c.setPrefWidth(76);
        c.setMinWidth(76);
        c.setCellValueFactory(cell -> new javafx.beans.property.ReadOnlyObjectWrapper<>(cell.getValue()));
        c.setCellFactory(col -> new YoyCell());
        return c;
    }

    private static TableColumn<Pareto.Item, String> column(String key, double width,
                                                          java.util.function.Function<Pareto.Item, String> value) {
        TableColumn<Pareto.Item, String> c = new TableColumn<>(Messages.get(key));
        c.setPrefWidth(width);
        c.setMinWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return c;
    }
}
