package org.rectify.ui.shell;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.rectify.domain.Period;
import org.rectify.domain.Scope;

/** The period and district every screen follows (null district: all districts). */
public final class Selection {

    private final ObjectProperty<Period> period = new SimpleObjectProperty<>();
    private final StringProperty district = new SimpleStringProperty();

    public ObjectProperty<Period> period() {
        return period;
    }

    public StringProperty district() {
        return district;
    }

    public Scope scope() {
        return new Scope(district.get(), null);
    }
}
