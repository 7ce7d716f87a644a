package org.rectify.ui.tickets;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.rectify.domain.Ticket;
import org.rectify.ui.common.PrivacyGuard;
import org.rectify.ui.i18n.Messages;

/**
 * The ticket list: the scope it follows and a search on top, the filters below it, a virtual
 * table over the whole store, and a ticket's detail beside it (double-click or Enter). Built in code.
 */
public final class TicketsView {

    private final TicketsModel model;
    private final TicketsController controller;
    private final PrivacyGuard privacy;
    private final ToggleButton unmask = new ToggleButton(Messages.get("tickets.unmask"), new FontIcon(Feather.EYE));
    private final BorderPane root = new BorderPane();
    private final TableView<Ticket> table = new TableView<>();
    private final TicketDetailPane detail;
    private final SplitPane split = new SplitPane();
    private final ChangeListener<Boolean> onMaskChange = (obs, old, now) -> {
        unmask.setSelected(!now);
        table.refresh();
    };
    private final ChangeListener<Ticket> onDetail = (obs, old, now) -> showDetail(now != null);

    public TicketsView(TicketsModel model, TicketsController controller, PrivacyGuard privacy) {
        this.model = model;
        this.controller = controller;
        this.privacy = privacy;
        this.detail = new TicketDetailPane(model, privacy);
        root.setId("tickets-screen");
        root.getStyleClass().add("screen");
        root.setTop(new VBox(toolbar(), new TicketFilterBar(model, controller).root()));
        split.getItems().setAll(buildTable());
        root.setCenter(split);
    }

    public BorderPane root() {
        return root;
    }

    public TableView<Ticket> table() {
        return table;
    }

    public void attach() {
        privacy.masked().addListener(onMaskChange);
        onMaskChange.changed(privacy.masked(), null, privacy.masked().get());
        model.detailProperty().addListener(onDetail);
        detail.attach();
    }

    public void detach() {
        privacy.masked().removeListener(onMaskChange);
        model.detailProperty().removeListener(onDetail);
        detail.detach();
    }

    private void showDetail(boolean shown) {
        if (shown && !split.getItems().contains(detail.root())) {
            split.getItems().add(detail.root());
            split.setDividerPositions(0.64);
        } else if (!shown) {
            split.getItems().remove(detail.root());
        }
    }

    private HBox toolbar() {
        Label title = new Label(Messages.get("tickets.title"));
        title.getStyleClass().add("screen-title");
        title.setMinWidth(Region.USE_PREF_SIZE);

        Label scope = new Label();
        scope.setId("tickets-scope");
        scope.getStyleClass().add("drilldown-chip");
        scope.textProperty().bind(model.scopeTextProperty());
        scope.visibleProperty().bind(model.scopeTextProperty().isNotEmpty());
        scope.managedProperty().bind(scope.visibleProperty());
        scope.setMinWidth(Region.USE_PREF_SIZE);
        ToggleButton allTime = new ToggleButton(Messages.get("tickets.allTime"));
        allTime.setId("tickets-all-time");
        allTime.setTooltip(new Tooltip(Messages.get("tickets.allTime.tip")));
        // selected means "all time": the opposite of following the period
        allTime.setSelected(!model.followPeriodProperty().get());
        allTime.selectedProperty().addListener((obs, was, now) -> model.followPeriodProperty().set(!now));
        model.followPeriodProperty().addListener((obs, was, now) -> allTime.setSelected(!now));
        allTime.visibleProperty().bind(model.drillDownProperty().isNull());
        allTime.managedProperty().bind(allTime.visibleProperty());

        TextField search = new TextField();
        search.setId("tickets-search");
        search.setPromptText(Messages.get("tickets.search.prompt"));
        search.setPrefColumnCount(18);
        search.textProperty().bindBidirectional(model.searchTextProperty());

        unmask.setId("tickets-unmask");
        unmask.setSelected(!privacy.masked().get());
        // asks before showing (once per session); the button follows the guard, not the other way round
        unmask.setOnAction(e -> {
            if (unmask.isSelected() && !privacy.requestUnmask()) {
                unmask.setSelected(false);
            } else if (!unmask.isSelected()) {
                privacy.mask();
            }
        });
        Button export = new Button(Messages.get("tickets.export"), new FontIcon(Feather.DOWNLOAD));
        export.setId("tickets-export");
        export.setTooltip(new Tooltip(Messages.get("tickets.export.tip")));
        export.disableProperty().bind(model.totalProperty().isEqualTo(0));
        export.setOnAction(e -> controller.export());

        Label count = new Label();
        count.setId("tickets-count");
        count.getStyleClass().add("count-label");
        count.textProperty().bind(model.totalProperty().asString().map(
                text -> Messages.format("tickets.count", model.totalProperty().get())));
        count.setMinWidth(Region.USE_PREF_SIZE);

        Label error = new Label();
        error.getStyleClass().add("error-label");
        error.textProperty().bind(model.errorProperty());
        error.setMinWidth(0);

        Label drillDown = new Label();
        drillDown.setId("tickets-drilldown");
        drillDown.getStyleClass().add("drilldown-chip");
        drillDown.textProperty().bind(model.drillDownTextProperty());
        Button clear = new Button(null, new FontIcon(Feather.X));
        clear.setId("tickets-drilldown-clear");
        clear.getStyleClass().addAll("flat", "small");
        clear.setTooltip(new Tooltip(Messages.get("tickets.drillDown.clear")));
        clear.setOnAction(e -> {
            model.drillDownTextProperty().set("");
            model.drillDownProperty().set(null);
        });
        HBox chip = new HBox(2, drillDown, clear);
        chip.setAlignment(Pos.CENTER_LEFT);
        chip.visibleProperty().bind(model.drillDownProperty().isNotNull());
        chip.managedProperty().bind(chip.visibleProperty());

        // a search over a large store takes a moment: the work shows, and the old result is dimmed meanwhile
        ProgressIndicator busy = new ProgressIndicator();
        busy.setId("tickets-busy");
        busy.setPrefSize(22, 22);
        busy.visibleProperty().bind(model.loadingProperty());
        table.opacityProperty().bind(Bindings.when(model.loadingProperty()).then(0.55).otherwise(1.0));

        // the buttons keep their words; the search field gives way when the type is large
        for (Region button : List.of(allTime, unmask, export)) {
            button.setMinWidth(Region.USE_PREF_SIZE);
        }
        search.setMinWidth(120);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(10, title, scope, allTime, chip, search, unmask, export, error, spacer, busy, count);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(12, 16, 6, 16));
        bar.getStyleClass().add("screen-toolbar");
        return bar;
    }

    private TableView<Ticket> buildTable() {
        table.setId("tickets-table");
        table.setItems(model.tickets());
        table.setPlaceholder(new Label(Messages.get("tickets.empty")));
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        for (TicketRow.Column c : TicketRow.COLUMNS) {
            TableColumn<Ticket, String> column = new TableColumn<>(Messages.get(c.key()));
            column.setPrefWidth(c.width());
            // the order is the sort chosen above, read by the store: a million rows are not sorted in memory
            column.setSortable(false);
            column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue() == null ? ""
                    : nullToEmpty((privacy.masked().get() ? c.masked() : c.plain()).apply(cell.getValue()))));
            if (c.key().equals("tickets.col.subscriber")) {
                column.setId("tickets-col-subscriber");
            }
            table.getColumns().add(column);
        }
        table.setRowFactory(t -> {
            TableRow<Ticket> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && row.getItem() != null) {
                    model.detailProperty().set(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            Ticket chosen = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && chosen != null) {
                model.detailProperty().set(chosen);
            } else if (e.getCode() == KeyCode.ESCAPE) {
                model.detailProperty().set(null);
            }
        });
        org.rectify.ui.common.TypeScaledColumns.of(table);
        return table;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
