package org.rectify.ui.tickets;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.rectify.domain.SubscriberMask;
import org.rectify.domain.Ticket;
import org.rectify.domain.Timestamps;
import org.rectify.ui.common.PrivacyGuard;
import org.rectify.ui.i18n.Messages;

/** The ticket list: filters on top, a virtual table over the whole store below. Built in code. */
public final class TicketsView {

    private final TicketsModel model;
    private final PrivacyGuard privacy;
    private final ToggleButton unmask = new ToggleButton(Messages.get("tickets.unmask"), new FontIcon(Feather.EYE));
    private final BorderPane root = new BorderPane();
    private final TableView<Ticket> table = new TableView<>();
    private final ChangeListener<Boolean> onMaskChange = (obs, old, now) -> {
        unmask.setSelected(!now);
        table.refresh();
    };

    public TicketsView(TicketsModel model, PrivacyGuard privacy) {
        this.model = model;
        this.privacy = privacy;
        root.setId("tickets-screen");
        root.getStyleClass().add("screen");
        root.setTop(toolbar());
        root.setCenter(buildTable());
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
    }

    public void detach() {
        privacy.masked().removeListener(onMaskChange);
    }

    private HBox toolbar() {
        Label title = new Label(Messages.get("tickets.title"));
        title.getStyleClass().add("screen-title");

        ComboBox<String> district = new ComboBox<>(model.districts());
        district.setId("tickets-district");
        district.valueProperty().bindBidirectional(model.districtProperty());
        district.setCellFactory(list -> new DistrictCell());
        district.setButtonCell(new DistrictCell());

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

        Label count = new Label();
        count.setId("tickets-count");
        count.getStyleClass().add("count-label");
        count.textProperty().bind(model.totalProperty().asString().map(
                text -> Messages.format("tickets.count", model.totalProperty().get())));

        Label error = new Label();
        error.getStyleClass().add("error-label");
        error.textProperty().bind(model.errorProperty());

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
        javafx.scene.control.ProgressIndicator busy = new javafx.scene.control.ProgressIndicator();
        busy.setId("tickets-busy");
        busy.setPrefSize(22, 22);
        busy.visibleProperty().bind(model.loadingProperty());
        table.opacityProperty().bind(javafx.beans.binding.Bindings.when(model.loadingProperty()).then(0.55).otherwise(1.0));

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(12, title, district, search, chip, unmask, error, spacer, busy, count);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(12, 16, 12, 16));
        bar.getStyleClass().add("screen-toolbar");
        return bar;
    }

    private TableView<Ticket> buildTable() {
        table.setId("tickets-table");
        table.setItems(model.tickets());
        table.setPlaceholder(new Label(Messages.get("tickets.empty")));
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        TableColumn<Ticket, String> subscriber = column("tickets.col.subscriber", 130,
                t -> privacy.masked().get() ? SubscriberMask.mask(t.subscriber()) : t.subscriber());
        subscriber.setId("tickets-col-subscriber");
        table.getColumns().setAll(List.of(
                column("tickets.col.id", 160, Ticket::ticketId),
                column("tickets.col.created", 175, t -> Timestamps.format(t.createdAt())),
                column("tickets.col.district", 90, Ticket::district),
                column("tickets.col.center", 130, Ticket::serviceCenter),
                column("tickets.col.kind", 60, Ticket::kindRaw),
                column("tickets.col.category", 95, Ticket::category),
                column("tickets.col.problem", 190, Ticket::problem),
                subscriber,
                column("tickets.col.channel", 105, Ticket::channel),
                column("tickets.col.escalation", 95, Ticket::escalationChannel),
                column("tickets.col.fcr", 100, TicketsView::firstContact),
                column("tickets.col.status", 75, Ticket::statusRaw),
                column("tickets.col.owner", 80, Ticket::owner),
                column("tickets.col.closed", 175, t -> Timestamps.format(t.closedAt())),
                column("tickets.col.description", 320, Ticket::description)));
        org.rectify.ui.common.TypeScaledColumns.of(table);
        return table;
    }

    private static String firstContact(Ticket t) {
        if (t.firstContactResolved() == null) {
            return "";
        }
        return Messages.get(t.firstContactResolved() ? "common.yes" : "common.no");
    }

    private static TableColumn<Ticket, String> column(String key, double width, Function<Ticket, String> value) {
        TableColumn<Ticket, String> column = new TableColumn<>(Messages.get(key));
        column.setPrefWidth(width);
        // Sorting a virtual list of a million rows in memory is not an option; the list is newest first.
        column.setSortable(false);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(
                cell.getValue() == null ? "" : nullToEmpty(value.apply(cell.getValue()))));
        return column;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    /** Shows the empty choice as "all districts". */
    private static final class DistrictCell extends ListCell<String> {
        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null
                    : item.isEmpty() ? Messages.get("tickets.allDistricts") : item);
        }
    }
}
