package org.rectify.ui.tickets;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.rectify.domain.Ticket;
import org.rectify.domain.TicketFilter;
import org.rectify.domain.TicketStatus;
import org.rectify.store.TicketQueries;

/**
 * The ticket list's state: the filters the user sets (the header's period and district come from
 * the shell's selection), the order, and what the controller found. No controls here.
 */
public final class TicketsModel {

    /** A choice meaning "any value". */
    public static final String ANY = "";

    private final BooleanProperty followPeriod = new SimpleBooleanProperty(true);
    private final StringProperty scopeText = new SimpleStringProperty("");
    private final StringProperty searchText = new SimpleStringProperty("");
    private final ObservableList<String> categories = FXCollections.observableArrayList(ANY);
    private final ObservableList<String> problems = FXCollections.observableArrayList(ANY);
    private final ObservableList<String> channels = FXCollections.observableArrayList(ANY);
    private final ObjectProperty<String> category = new SimpleObjectProperty<>(ANY);
    private final ObjectProperty<String> problem = new SimpleObjectProperty<>(ANY);
    private final ObjectProperty<String> channel = new SimpleObjectProperty<>(ANY);
    private final ObjectProperty<Boolean> escalated = new SimpleObjectProperty<>();
    private final ObjectProperty<TicketFilter.Flag> firstContact = new SimpleObjectProperty<>();
    private final ObjectProperty<TicketStatus> status = new SimpleObjectProperty<>();
    private final BooleanProperty repeatsOnly = new SimpleBooleanProperty();
    private final ObjectProperty<TicketFilter.Sort> sort = new SimpleObjectProperty<>(TicketFilter.Sort.NEWEST_IMPORT);
    private final ObjectProperty<TicketFilter> drillDown = new SimpleObjectProperty<>();
    private final StringProperty drillDownText = new SimpleStringProperty("");
    private final ObjectProperty<Ticket> detail = new SimpleObjectProperty<>();
    private final ObjectProperty<TicketQueries.Origin> origin = new SimpleObjectProperty<>();
    private final LongProperty total = new SimpleLongProperty();
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty notice = new SimpleStringProperty("");
    private final PagedTicketList tickets;

    public TicketsModel(PagedTicketList.PageRequester requester) {
        this.tickets = new PagedTicketList(requester);
    }

    /** True: the list shows the header's period; false: all time. */
    public BooleanProperty followPeriodProperty() {
        return followPeriod;
    }

    /** The header's period and district the list follows, in words. */
    public ReadOnlyStringProperty scopeTextProperty() {
        return scopeText;
    }

    void setScopeText(String text) {
        scopeText.set(text);
    }

    public StringProperty searchTextProperty() {
        return searchText;
    }

    public ObservableList<String> categories() {
        return categories;
    }

    public ObservableList<String> problems() {
        return problems;
    }

    public ObservableList<String> channels() {
        return channels;
    }

    public ObjectProperty<String> categoryProperty() {
        return category;
    }

    public ObjectProperty<String> problemProperty() {
        return problem;
    }

    public ObjectProperty<String> channelProperty() {
        return channel;
    }

    /** Null: any; true: escalations only; false: no escalations. */
    public ObjectProperty<Boolean> escalatedProperty() {
        return escalated;
    }

    /** Null: any. */
    public ObjectProperty<TicketFilter.Flag> firstContactProperty() {
        return firstContact;
    }

    /** Null: any. */
    public ObjectProperty<TicketStatus> statusProperty() {
        return status;
    }

    public BooleanProperty repeatsOnlyProperty() {
        return repeatsOnly;
    }

    public ObjectProperty<TicketFilter.Sort> sortProperty() {
        return sort;
    }

    /** The complaints behind a chart's figure the list is narrowed to, or null. */
    public ObjectProperty<TicketFilter> drillDownProperty() {
        return drillDown;
    }

    /** The drill-down in words (period, district, category, problem), empty without one. */
    public StringProperty drillDownTextProperty() {
        return drillDownText;
    }

    /** The ticket shown in the detail pane, or null when the pane is closed. */
    public ObjectProperty<Ticket> detailProperty() {
        return detail;
    }

    /** Where the detailed ticket was read from, once known. */
    public ReadOnlyObjectProperty<TicketQueries.Origin> originProperty() {
        return origin;
    }

    void setOrigin(TicketQueries.Origin value) {
        origin.set(value);
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

    /** What was just done (an export written). */
    public StringProperty noticeProperty() {
        return notice;
    }

    public PagedTicketList tickets() {
        return tickets;
    }
}
