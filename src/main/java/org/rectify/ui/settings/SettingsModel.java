package org.rectify.ui.settings;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.rectify.store.KpiSettings;

/** What the settings screen shows: subscriber counts by month and district, targets, thresholds, roles, groups, the repeat window. */
public final class SettingsModel {

    /** One month's subscriber counts, district → count (a district without a count is absent). */
    public record MonthRow(YearMonth month, Map<String, Long> counts) {
        public MonthRow {
            counts = new LinkedHashMap<>(counts);
        }
    }

    private final ObservableList<String> districts = FXCollections.observableArrayList();
    private final ObservableList<MonthRow> months = FXCollections.observableArrayList();
    private final ObservableList<String> categories = FXCollections.observableArrayList();
    private final ObservableList<String> channels = FXCollections.observableArrayList();
    private final ObjectProperty<KpiSettings.Values> values = new SimpleObjectProperty<>();
    private final IntegerProperty repeatWindow = new SimpleIntegerProperty(30);
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty problem = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanProperty loaded = new SimpleBooleanProperty();
    private final IntegerProperty loads = new SimpleIntegerProperty();

    public ObservableList<String> districts() {
        return districts;
    }

    /** The newest month first. */
    public ObservableList<MonthRow> months() {
        return months;
    }

    public ObservableList<String> categories() {
        return categories;
    }

    public ObservableList<String> channels() {
        return channels;
    }

    public ObjectProperty<KpiSettings.Values> values() {
        return values;
    }

    public IntegerProperty repeatWindow() {
        return repeatWindow;
    }

    /** What was just saved, in words. */
    public StringProperty message() {
        return message;
    }

    /** Why the last change was refused, in words. */
    public StringProperty problem() {
        return problem;
    }

    public BooleanProperty busy() {
        return busy;
    }

    /** Counts the reads of the stored settings: each one redraws the fields, even when nothing changed. */
    public IntegerProperty loads() {
        return loads;
    }

    public BooleanProperty loaded() {
        return loaded;
    }
}
