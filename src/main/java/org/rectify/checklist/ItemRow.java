package org.rectify.checklist;

import org.rectify.domain.ChecklistItem;

/** An item as a week's checklist shows it: its supervision level and lateness today, its age, its effect. */
public record ItemRow(ChecklistItem item, int level, SupervisionLadder.Lateness lateness, int ageWeeks,
                      Verification verification) {

    public boolean isCarriedOver() {
        return ageWeeks > 0;
    }
}
