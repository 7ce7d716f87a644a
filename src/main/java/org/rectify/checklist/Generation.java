package org.rectify.checklist;

import java.util.List;
import org.rectify.domain.ChecklistItem;

/** What a generation added, and how many proposals it left alone because an item for them exists. */
public record Generation(List<ChecklistItem> added, int alreadyListed) {

    public Generation {
        added = List.copyOf(added);
    }
}
