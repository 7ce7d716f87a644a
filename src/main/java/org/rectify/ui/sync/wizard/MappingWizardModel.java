package org.rectify.ui.sync.wizard;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.rectify.sync.CanonicalField;
import org.rectify.sync.FilePreview;
import org.rectify.sync.ProfileTrial;

/**
 * The mapping wizard's state: the file as read (encoding, delimiter, header row, sheets), each
 * field's source, the id columns, filter, date form and value maps, the profile's name, and the
 * trial of the profile on the file's first rows. The view binds to it; the controller fills it.
 */
public final class MappingWizardModel {

    /** Choice lists show this for "detect it". */
    public static final String AUTO = "";

    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final ObjectProperty<FilePreview> preview = new SimpleObjectProperty<>();
    private final StringProperty encoding = new SimpleStringProperty(AUTO);
    private final StringProperty delimiter = new SimpleStringProperty(AUTO);
    private final ObjectProperty<Integer> headerRow = new SimpleObjectProperty<>(1);
    private final ObservableList<SheetChoice> sheets = FXCollections.observableArrayList();
    private final ObservableList<String> headers = FXCollections.observableArrayList();
    private final List<FieldChoice> fields = new ArrayList<>();
    private final ObservableList<String> idColumns = FXCollections.observableArrayList();
    private final StringProperty filterColumn = new SimpleStringProperty(AUTO);
    private final StringProperty filterKeep = new SimpleStringProperty("");
    private final StringProperty dateFormat = new SimpleStringProperty("");
    private final ObjectProperty<CanonicalField> valueMapField = new SimpleObjectProperty<>(CanonicalField.STATUS);
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<ProfileTrial.Result> trial = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty problem = new SimpleStringProperty("");
    private final BooleanProperty reading = new SimpleBooleanProperty();

    public MappingWizardModel() {
        for (CanonicalField field : CanonicalField.values()) {
            fields.add(new FieldChoice(field));
        }
    }

    public ObjectProperty<Path> file() {
        return file;
    }

    public ObjectProperty<FilePreview> preview() {
        return preview;
    }

    /** A character set name, or {@link #AUTO}. */
    public StringProperty encoding() {
        return encoding;
    }

    /** One character ("\t" for tab), or {@link #AUTO}. */
    public StringProperty delimiter() {
        return delimiter;
    }

    public ObjectProperty<Integer> headerRow() {
        return headerRow;
    }

    public ObservableList<SheetChoice> sheets() {
        return sheets;
    }

    /** The header row's cells (blank ones left out): what a field can come from. */
    public ObservableList<String> headers() {
        return headers;
    }

    public List<FieldChoice> fields() {
        return fields;
    }

    public FieldChoice field(CanonicalField field) {
        return fields.get(field.ordinal());
    }

    /** The columns whose values, hashed, make the ticket id (when the id is built from columns). */
    public ObservableList<String> idColumns() {
        return idColumns;
    }

    public StringProperty filterColumn() {
        return filterColumn;
    }

    /** The values a row's filter column must hold to be imported, comma-separated. */
    public StringProperty filterKeep() {
        return filterKeep;
    }

    /** A java.time pattern tried before the automatic date forms, or blank. */
    public StringProperty dateFormat() {
        return dateFormat;
    }

    /** The field whose value map is being edited. */
    public ObjectProperty<CanonicalField> valueMapField() {
        return valueMapField;
    }

    public StringProperty name() {
        return name;
    }

    public ObjectProperty<ProfileTrial.Result> trial() {
        return trial;
    }

    /** What was just done (saved, exported). */
    public StringProperty message() {
        return message;
    }

    /** What stands in the way (the file cannot be read so, a name is missing). */
    public StringProperty problem() {
        return problem;
    }

    public BooleanProperty reading() {
        return reading;
    }
}
