package org.rectify.ui.sync.wizard;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.rectify.sync.CanonicalField;
import org.rectify.sync.ProfileDraft;

/**
 * One ticket field in the wizard: where it comes from, the text beside it (the constant, or the
 * default for blank cells of a column), a few values it would read, and its value map as lines
 * {@code word=value}.
 */
public final class FieldChoice {

    private final CanonicalField field;
    /** Never null: a drop-down whose items are replaced clears its value for a moment; that is "nowhere". */
    private final ObjectProperty<ProfileDraft.Source> source = new SimpleObjectProperty<>(ProfileDraft.Source.NONE) {
        @Override
        public void set(ProfileDraft.Source value) {
            super.set(value == null ? ProfileDraft.Source.NONE : value);
        }
    };
    private final StringProperty text = new SimpleStringProperty("");
    private final StringProperty samples = new SimpleStringProperty("");
    private final StringProperty valueMap = new SimpleStringProperty("");

    FieldChoice(CanonicalField field) {
        this.field = field;
    }

    public CanonicalField field() {
        return field;
    }

    public ObjectProperty<ProfileDraft.Source> source() {
        return source;
    }

    public StringProperty text() {
        return text;
    }

    public StringProperty samples() {
        return samples;
    }

    public StringProperty valueMap() {
        return valueMap;
    }
}
