package org.rectify.ui.sync;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.rectify.sync.FileImportResult;
import org.rectify.sync.ImportProfile;

/**
 * One file brought in from the sync screen: waiting, importing (rows, rows/s, fraction) or done
 * with its result. The controller writes it on the FX thread; the view reads it.
 */
public final class FileJob {

    /** Where the file is in its import. */
    public enum State { WAITING, IMPORTING, DONE, REFUSED, CANCELLED, SKIPPED }

    private final Path file;
    private final ImportProfile profile;
    private final boolean again;
    private final AtomicBoolean cancel = new AtomicBoolean();
    private final ObjectProperty<State> state = new SimpleObjectProperty<>(State.WAITING);
    private final LongProperty rows = new SimpleLongProperty();
    private final DoubleProperty rowsPerSecond = new SimpleDoubleProperty();
    private final DoubleProperty fraction = new SimpleDoubleProperty();
    private final ObjectProperty<FileImportResult> result = new SimpleObjectProperty<>();

    /**
     * @param profile the profile to import with, or null to let the import choose among all
     * @param again   import even if the same content was imported before (after a profile was fixed)
     */
    FileJob(Path file, ImportProfile profile, boolean again) {
        this.file = file;
        this.profile = profile;
        this.again = again;
    }

    public Path file() {
        return file;
    }

    public String fileName() {
        return file.getFileName().toString();
    }

    ImportProfile profile() {
        return profile;
    }

    boolean again() {
        return again;
    }

    boolean cancelRequested() {
        return cancel.get();
    }

    void requestCancel() {
        cancel.set(true);
    }

    public ReadOnlyObjectProperty<State> state() {
        return state;
    }

    public ReadOnlyLongProperty rows() {
        return rows;
    }

    public ReadOnlyDoubleProperty rowsPerSecond() {
        return rowsPerSecond;
    }

    public ReadOnlyDoubleProperty fraction() {
        return fraction;
    }

    public ReadOnlyObjectProperty<FileImportResult> result() {
        return result;
    }

    public boolean finished() {
        State s = state.get();
        return s != State.WAITING && s != State.IMPORTING;
    }

    void started() {
        state.set(State.IMPORTING);
    }

    void progressed(long rowsRead, double perSecond, double done) {
        rows.set(rowsRead);
        rowsPerSecond.set(perSecond);
        fraction.set(done);
    }

    void finished(FileImportResult outcome) {
        result.set(outcome);
        rows.set(outcome.counts().read());
        fraction.set(1);
        state.set(switch (outcome.status()) {
            case DONE -> State.DONE;
            case SKIPPED -> State.SKIPPED;
            case CANCELLED -> State.CANCELLED;
            default -> State.REFUSED;
        });
    }

    void cancelledBeforeStart() {
        state.set(State.CANCELLED);
    }
}
