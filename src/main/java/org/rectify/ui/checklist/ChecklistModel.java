package org.rectify.ui.checklist;

import java.util.function.Predicate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.rectify.checklist.ItemRow;
import org.rectify.checklist.Today;
import org.rectify.checklist.Verification;
import org.rectify.domain.Evidence;
import org.rectify.domain.ItemChange;
import org.rectify.domain.ItemStatus;
import org.rectify.domain.Period;

/** The checklist screen's state: the week and district shown, the filter, the rows and the selected item's history. */
public final class ChecklistModel {

    /** The quick filters of the toolbar. */
    public enum Filter { ALL, MINE, OVERDUE, AWAITING, REBOUND }

    private final ObjectProperty<Period> week = new SimpleObjectProperty<>();
    private final ObjectProperty<String> district = new SimpleObjectProperty<>();
    private final ObjectProperty<Filter> filter = new SimpleObjectProperty<>(Filter.ALL);
    private final ObjectProperty<Today> today = new SimpleObjectProperty<>();
    private final ObservableList<ItemRow> allRows = FXCollections.observableArrayList();
    private final FilteredList<ItemRow> rows = new FilteredList<>(allRows);
    private final ObservableList<String> causes = FXCollections.observableArrayList();
    private final ObservableList<String> people = FXCollections.observableArrayList();
    private final ObservableList<ItemChange> history = FXCollections.observableArrayList();
    private final ObservableList<Evidence> evidence = FXCollections.observableArrayList();
    private final ObjectProperty<ItemRow> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<org.jfree.chart.JFreeChart> trend = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private String user = "";

    public ChecklistModel() {
        filter.addListener((obs, old, now) -> rows.setPredicate(predicate(now)));
    }

    private Predicate<ItemRow> predicate(Filter f) {
        return switch (f) {
            case ALL -> r -> true;
            case MINE -> r -> user.equals(r.item().owner()) || user.equals(r.item().reviewer());
            case OVERDUE -> r -> r.level() > 0;
            case AWAITING -> r -> r.item().status() == ItemStatus.AWAITING_VERIFICATION;
            case REBOUND -> r -> r.verification().state() == Verification.State.REBOUND
                    || r.verification().state() == Verification.State.FLAGGED;
        };
    }

    public ObjectProperty<Period> week() {
        return week;
    }

    /** The district shown; null for every district. */
    public ObjectProperty<String> district() {
        return district;
    }

    public ObjectProperty<Filter> filter() {
        return filter;
    }

    public ObjectProperty<Today> today() {
        return today;
    }

    /** Every row of the week; {@link #rows()} is what the filter lets through. */
    public ObservableList<ItemRow> allRows() {
        return allRows;
    }

    public FilteredList<ItemRow> rows() {
        return rows;
    }

    public ObservableList<String> causes() {
        return causes;
    }

    public ObservableList<String> people() {
        return people;
    }

    public ObservableList<ItemChange> history() {
        return history;
    }

    public ObservableList<Evidence> evidence() {
        return evidence;
    }

    public ObjectProperty<ItemRow> selected() {
        return selected;
    }

    /** The selected problem item's slice trend, null for other items. */
    public ObjectProperty<org.jfree.chart.JFreeChart> trend() {
        return trend;
    }

    /** The last confirmation in words ("3 items saved"). */
    public StringProperty message() {
        return message;
    }

    /** The last refusal or failure in words, empty when fine. */
    public StringProperty error() {
        return error;
    }

    void setUser(String name) {
        user = name == null ? "" : name;
        rows.setPredicate(predicate(filter.get()));
    }

    public long signedOff() {
        return allRows.stream().filter(r -> r.item().status() == ItemStatus.SIGNED_OFF).count();
    }
}
