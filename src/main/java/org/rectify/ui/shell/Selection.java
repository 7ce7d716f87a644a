package org.rectify.ui.shell;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.rectify.analytics.DataSpan;
import org.rectify.domain.Period;
import org.rectify.domain.Scope;

/**
 * The period and district every screen follows (null district: all districts), and the span of
 * the data the period may move in. Both period and span are null while the store holds no data.
 */
public final class Selection {

    private final ObjectProperty<Period> period = new SimpleObjectProperty<>();
    private final StringProperty district = new SimpleStringProperty();
    private final ObjectProperty<DataSpan> span = new SimpleObjectProperty<>();

    public ObjectProperty<Period> period() {
        return period;
    }

    public StringProperty district() {
        return district;
    }

    /** First … last complaint in the store; null while there is none. */
    public ObjectProperty<DataSpan> span() {
        return span;
    }

    public Scope scope() {
        return new Scope(district.get(), null);
    }

    /** The period one step back (−1) or forward (+1), or null when it would leave the data. */
    public Period step(int direction) {
        Period p = period.get();
        DataSpan s = span.get();
        if (p == null || s == null) {
            return null;
        }
        Period next = direction < 0 ? p.previous() : p.next();
        return s.covers(next) ? next : null;
    }
}
