package org.rectify.ui.tickets;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.rectify.domain.TicketFilter;

/** The ticket list's state: filters the user sets, and what the controller found. No controls here. */
public final class TicketsModel {

    /** The district choice meaning "all districts". */
    public static final String ALL_DISTRICTS = "";

    private final ObservableList<String> districts = FXCollections.observableArrayList(ALL_DISTRICTS);
    private final ObjectProperty<String> district = new SimpleObjectProperty<>(ALL_DISTRICTS);
    private final StringProperty searchText = new SimpleStringProperty("");
    private final ObjectProperty<TicketFilter> drillDown = new SimpleObjectProperty<>();
    private final StringProperty drillDownText = new SimpleStringProperty("");
    private final LongProperty total = new SimpleLongProperty();
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final StringProperty error = new SimpleStringProperty("");
    private final PagedTicketList tickets;

    public TicketsModel(PagedTicketList.PageRequester requester) {
        this.tickets = new PagedTicketList(requester);
    }

    public ObservableList<String> districts() {
        return districts;
    }

    public ObjectProperty<String> districtProperty() {
        return district;
    }

    public StringProperty searchTextProperty() {
        return searchText;
    }

    /** The complaints behind a chart's figure the list is narrowed to, or null. */
    public ObjectProperty<TicketFilter> drillDownProperty() {
        return drillDown;
    }

    /** The drill-down in words (period, district, category, problem), empty without one. */
    public StringProperty drillDownTextProperty() {
        return drillDownText;
    }

    public ReadOnlyLongProperty totalProperty() {
        return total;
    }

    void setTotal(long value) {
        total.set(value);
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    void setLoading(boolean value) {
        loading.set(value);
    }

    /** The last query failure in words, empty when the list is fine. */
    public StringProperty errorProperty() {
        return error;
    }

    public PagedTicketList tickets() {
        return tickets;
    }
}
