package org.rectify.ui.meeting;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.rectify.checklist.ItemRow;
import org.rectify.report.pack.MeetingPack;

/**
 * Meeting mode's state: the week's pack, the page shown (0 the city, then the districts), the item
 * chosen on a district page, the meeting's running time, and whether a decision is being recorded.
 */
public final class MeetingModel {

    private final ObjectProperty<MeetingPack> pack = new SimpleObjectProperty<>();
    private final IntegerProperty page = new SimpleIntegerProperty();
    private final IntegerProperty item = new SimpleIntegerProperty();
    private final IntegerProperty elapsedSeconds = new SimpleIntegerProperty();
    private final BooleanProperty timerRunning = new SimpleBooleanProperty();
    private final BooleanProperty deciding = new SimpleBooleanProperty();
    private final StringProperty error = new SimpleStringProperty("");

    public ObjectProperty<MeetingPack> pack() {
        return pack;
    }

    /** 0: the city; 1 … n: the districts in the pack's order. */
    public IntegerProperty page() {
        return page;
    }

    /** The chosen row of the district page's checklist. */
    public IntegerProperty item() {
        return item;
    }

    public IntegerProperty elapsedSeconds() {
        return elapsedSeconds;
    }

    public BooleanProperty timerRunning() {
        return timerRunning;
    }

    /** True while the decision form of the chosen item is open. */
    public BooleanProperty deciding() {
        return deciding;
    }

    /** A refused decision in words, empty when fine. */
    public StringProperty error() {
        return error;
    }

    public int pages() {
        return pack.get() == null ? 0 : 1 + pack.get().districts().size();
    }

    /** The district page shown, or null on the city page. */
    public MeetingPack.DistrictPage districtPage() {
        MeetingPack p = pack.get();
        return p == null || page.get() == 0 || page.get() > p.districts().size() ? null : p.districts().get(page.get() - 1);
    }

    public ItemRow chosenItem() {
        MeetingPack.DistrictPage d = districtPage();
        return d == null || d.items().isEmpty() ? null : d.items().get(Math.min(item.get(), d.items().size() - 1));
    }
}
