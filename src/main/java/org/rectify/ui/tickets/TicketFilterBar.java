package org.rectify.ui.tickets;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.rectify.domain.TicketFilter;
import org.rectify.domain.TicketStatus;
import org.rectify.ui.i18n.Messages;

/** The ticket list's filters (category, problem, channel, escalated, first-contact, status, repeats) and its order. */
final class TicketFilterBar {

    private final FlowPane root = new FlowPane(14, 6);

    TicketFilterBar(TicketsModel model, TicketsController controller) {
        root.setId("tickets-filters");
        root.setPadding(new Insets(0, 16, 10, 16));
        root.setAlignment(Pos.CENTER_LEFT);
        ComboBox<String> category = texts("tickets-filter-category", model.categories(), model.categoryProperty());
        ComboBox<String> problem = texts("tickets-filter-problem", model.problems(), model.problemProperty());
        problem.setPrefWidth(170);
        ComboBox<String> channel = texts("tickets-filter-channel", model.channels(), model.channelProperty());
        ComboBox<Boolean> escalated = choices("tickets-filter-escalated", Arrays.asList(null, true, false),
                model.escalatedProperty(), b -> b ? "common.yes" : "common.no");
        ComboBox<TicketFilter.Flag> firstContact = choices("tickets-filter-fcr",
                Arrays.asList(null, TicketFilter.Flag.YES, TicketFilter.Flag.NO, TicketFilter.Flag.UNKNOWN),
                model.firstContactProperty(), f -> "tickets.flag." + f.name().toLowerCase());
        ComboBox<TicketStatus> status = choices("tickets-filter-status", Arrays.asList(null, TicketStatus.OPEN,
                TicketStatus.CLOSED), model.statusProperty(), s -> "wizard.status." + s.code());
        CheckBox repeats = new CheckBox(Messages.get("tickets.filter.repeats"));
        repeats.setId("tickets-filter-repeats");
        repeats.selectedProperty().bindBidirectional(model.repeatsOnlyProperty());
        ComboBox<TicketFilter.Sort> sort = choices("tickets-sort", List.of(TicketFilter.Sort.values()), model.sortProperty(),
                s -> "tickets.sort." + s.name().toLowerCase());
        Button clear = new Button(Messages.get("tickets.filter.clear"), new FontIcon(Feather.FILTER));
        clear.setId("tickets-filter-clear");
        clear.getStyleClass().add("small");
        clear.setOnAction(e -> controller.clearFilters());
        root.getChildren().addAll(labelled("tickets.col.category", category), labelled("tickets.col.problem", problem),
                labelled("tickets.col.channel", channel), labelled("tickets.filter.escalated", escalated),
                labelled("tickets.col.fcr", firstContact), labelled("tickets.col.status", status), repeats,
                labelled("tickets.sort", sort), clear);
    }

    Node root() {
        return root;
    }

    private static Node labelled(String key, Node control) {
        Label label = new Label(Messages.get(key));
        label.getStyleClass().add("hint-label");
        HBox box = new HBox(6, label, control);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    /** Values from the store; the empty one is "any". */
    private static ComboBox<String> texts(String id, javafx.collections.ObservableList<String> items,
                                          javafx.beans.property.ObjectProperty<String> chosen) {
        ComboBox<String> box = new ComboBox<>(items);
        box.setId(id);
        box.setPrefWidth(130);
        box.setVisibleRowCount(16);
        box.setConverter(org.rectify.ui.common.Names.<String>converter(s -> s == null || s.isEmpty() ? Messages.get("tickets.filter.any") : s));
        box.valueProperty().bindBidirectional(chosen);
        return box;
    }

    /** A fixed set of choices; null is "any". */
    private static <T> ComboBox<T> choices(String id, List<T> values, javafx.beans.property.ObjectProperty<T> chosen,
                                           Function<T, String> keyOf) {
        ComboBox<T> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(values);
        StringConverter<T> names = org.rectify.ui.common.Names.<T>converter(value -> Messages.get(value == null ? "tickets.filter.any" : keyOf.apply(value)));
        box.setConverter(names);
        // a ComboBox draws a null value as blank unless its cells are told otherwise
        box.setButtonCell(new NamedCell<>(names, true));
        box.setCellFactory(list -> new NamedCell<>(names, false));
        box.valueProperty().bindBidirectional(chosen);
        return box;
    }

    private static final class NamedCell<T> extends javafx.scene.control.ListCell<T> {
        private final StringConverter<T> names;
        private final boolean button;

        /** @param button the cell of the box itself: it names a null value ("any") even when it reports empty */
        NamedCell(StringConverter<T> names, boolean button) {
            this.names = names;
            this.button = button;
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty && !button ? null : names.toString(item));
        }
    }
}
