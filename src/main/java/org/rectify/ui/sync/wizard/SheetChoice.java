package org.rectify.ui.sync.wizard;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** A sheet of the workbook with whether it is imported (a summary sheet starts unticked). */
public record SheetChoice(String name, boolean summary, BooleanProperty included) {

    SheetChoice(String name, boolean summary) {
        this(name, summary, new SimpleBooleanProperty(!summary));
    }
}
