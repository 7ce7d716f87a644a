package org.rectify.ui.sync;

import java.time.LocalDateTime;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.rectify.domain.RejectedRow;
import org.rectify.domain.SyncRun;

/** What the sync screen shows: this session's files, the log of runs, the chosen run's rejected rows, the watched folder. */
public final class SyncModel {

    // a job's state is part of the list's changes: "anything still importing?" follows it
    private final ObservableList<FileJob> jobs = FXCollections.observableArrayList(job -> new javafx.beans.Observable[] {job.state()});
    private final ObservableList<SyncRun> history = FXCollections.observableArrayList();
    private final ObjectProperty<SyncRun> selectedRun = new SimpleObjectProperty<>();
    private final ObservableList<RejectedRow> rejected = FXCollections.observableArrayList();
    private final StringProperty watchedFolder = new SimpleStringProperty("");
    private final ObjectProperty<LocalDateTime> lastScan = new SimpleObjectProperty<>();
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty wizardShown = new SimpleBooleanProperty();
    private final BooleanProperty historyLoaded = new SimpleBooleanProperty();

    public ObservableList<FileJob> jobs() {
        return jobs;
    }

    /** The latest runs first. */
    public ObservableList<SyncRun> history() {
        return history;
    }

    /** The run whose rejected rows are listed; the view sets it from the history's selection. */
    public ObjectProperty<SyncRun> selectedRun() {
        return selectedRun;
    }

    /** The first rejected rows of the selected run (its counts say how many there are in all). */
    public ObservableList<RejectedRow> rejected() {
        return rejected;
    }

    public ReadOnlyStringProperty watchedFolder() {
        return watchedFolder;
    }

    public ReadOnlyObjectProperty<LocalDateTime> lastScan() {
        return lastScan;
    }

    public ReadOnlyStringProperty error() {
        return error;
    }

    /** True while the mapping wizard takes the screen. */
    public ReadOnlyBooleanProperty wizardShown() {
        return wizardShown;
    }

    public ReadOnlyBooleanProperty historyLoaded() {
        return historyLoaded;
    }

    void setWatchedFolder(String folder) {
        watchedFolder.set(folder);
    }

    void setLastScan(LocalDateTime when) {
        lastScan.set(when);
    }

    void setError(String message) {
        error.set(message == null ? "" : message);
    }

    void setWizardShown(boolean shown) {
        wizardShown.set(shown);
    }

    void setHistoryLoaded(boolean loaded) {
        historyLoaded.set(loaded);
    }
}
