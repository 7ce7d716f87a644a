package org.rectify.ui.tickets;

import java.util.List;
import java.util.function.Function;
import javafx.beans.InvalidationListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.rectify.domain.SubscriberMask;
import org.rectify.domain.Ticket;
import org.rectify.domain.Timestamps;
import org.rectify.store.TicketQueries;
import org.rectify.ui.common.PrivacyGuard;
import org.rectify.ui.i18n.Messages;

/** One ticket in full beside the list: every field, the complaint text, and the file, sheet and row it was read from. */
final class TicketDetailPane {

    private final TicketsModel model;
    private final PrivacyGuard privacy;
    private final GridPane fields = new GridPane();
    private final Label title = new Label();
    private final Label description = new Label();
    private final Label origin = new Label();
    private final VBox root;
    private final InvalidationListener redraw = o -> show();

    TicketDetailPane(TicketsModel model, PrivacyGuard privacy) {
        this.model = model;
        this.privacy = privacy;
        title.getStyleClass().add("detail-title");
        title.setId("ticket-detail-title");
        title.setMinWidth(0);
        Button close = new Button(null, new FontIcon(Feather.X));
        close.setId("ticket-detail-close");
        close.getStyleClass().addAll("flat", "small");
        close.setTooltip(new Tooltip(Messages.get("tickets.detail.close")));
        close.setOnAction(e -> model.detailProperty().set(null));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(6, title, spacer, close);
        top.setAlignment(Pos.CENTER_LEFT);
        fields.setHgap(10);
        fields.setVgap(4);
        ColumnConstraints names = new ColumnConstraints();
        names.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        fields.getColumnConstraints().setAll(names, values);
        description.setWrapText(true);
        description.setId("ticket-detail-description");
        origin.setWrapText(true);
        origin.getStyleClass().add("hint-label");
        origin.setId("ticket-detail-origin");
        Label textTitle = new Label(Messages.get("tickets.col.description"));
        textTitle.getStyleClass().add("detail-caption");
        VBox content = new VBox(10, top, fields, textTitle, description, origin);
        content.setPadding(new Insets(12));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        root = new VBox(scroll);
        root.setId("ticket-detail");
        root.getStyleClass().add("detail-pane");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        root.setMinWidth(280);
    }

    VBox root() {
        return root;
    }

    void attach() {
        model.detailProperty().addListener(redraw);
        model.originProperty().addListener(redraw);
        privacy.masked().addListener(redraw);
        show();
    }

    void detach() {
        model.detailProperty().removeListener(redraw);
        model.originProperty().removeListener(redraw);
        privacy.masked().removeListener(redraw);
    }

    private void show() {
        Ticket t = model.detailProperty().get();
        fields.getChildren().clear();
        if (t == null) {
            return;
        }
        title.setText(Messages.format("tickets.detail.title", t.ticketId()));
        List<Object[]> rows = List.of(
                row("tickets.col.created", x -> Timestamps.format(x.createdAt())),
                row("tickets.col.closed", x -> Timestamps.format(x.closedAt())),
                row("tickets.col.district", Ticket::district),
                row("tickets.col.center", Ticket::serviceCenter),
                row("tickets.col.kind", x -> x.kindRaw() == null ? Messages.get("wizard.kind.complaint") : x.kindRaw()),
                row("tickets.col.category", Ticket::category),
                row("tickets.col.problem", Ticket::problem),
                row("tickets.col.channel", Ticket::channel),
                row("tickets.col.escalation", Ticket::escalationChannel),
                row("tickets.col.fcr", TicketRow::firstContact),
                row("tickets.col.status", x -> (x.statusRaw() == null ? "" : x.statusRaw() + " · ")
                        + Messages.get("wizard.status." + x.status().code())),
                row("tickets.col.owner", Ticket::owner),
                row("tickets.col.subscriber", x -> privacy.masked().get() ? SubscriberMask.mask(x.subscriber()) : x.subscriber()),
                row("tickets.detail.satisfaction", x -> x.satisfaction() == null ? null : String.valueOf(x.satisfaction())));
        int r = 0;
        for (Object[] row : rows) {
            @SuppressWarnings("unchecked")
            String value = ((Function<Ticket, String>) row[1]).apply(t);
            Label name = new Label(Messages.get((String) row[0]));
            name.getStyleClass().add("detail-caption");
            Label text = new Label(value == null || value.isEmpty() ? "—" : value);
            text.setWrapText(true);
            fields.addRow(r++, name, text);
        }
        description.setText(t.description() == null ? "—" : t.description());
        TicketQueries.Origin o = model.originProperty().get();
        origin.setText(o == null ? "" : o.row() == null
                ? Messages.format("tickets.detail.originRun", o.fileName(), o.runId())
                : Messages.format("tickets.detail.origin", o.fileName(), o.runId(),
                        o.sheet() == null ? "" : Messages.format("tickets.detail.sheet", o.sheet()), o.row()));
    }

    private static Object[] row(String key, Function<Ticket, String> value) {
        return new Object[] {key, value};
    }
}
