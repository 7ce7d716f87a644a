package org.rectify.checklist;

import java.time.LocalDate;
import org.rectify.domain.ItemStatus;

/**
 * The fields one edit sets; null leaves a field as it is, and an empty text clears it. A bulk edit
 * applies one patch to many items.
 */
public record ItemPatch(String title, String owner, String reviewer, LocalDate due, ItemStatus status, String cause,
                        String action, String notes, String cannotFixReason) {

    public static final ItemPatch NONE = new ItemPatch(null, null, null, null, null, null, null, null, null);

    public ItemPatch withTitle(String v) {
        return new ItemPatch(v, owner, reviewer, due, status, cause, action, notes, cannotFixReason);
    }

    public ItemPatch withOwner(String v) {
        return new ItemPatch(title, v, reviewer, due, status, cause, action, notes, cannotFixReason);
    }

    public ItemPatch withReviewer(String v) {
        return new ItemPatch(title, owner, v, due, status, cause, action, notes, cannotFixReason);
    }

    public ItemPatch withDue(LocalDate v) {
        return new ItemPatch(title, owner, reviewer, v, status, cause, action, notes, cannotFixReason);
    }

    public ItemPatch withStatus(ItemStatus v) {
        return new ItemPatch(title, owner, reviewer, due, v, cause, action, notes, cannotFixReason);
    }

    public ItemPatch withCause(String v) {
        return new ItemPatch(title, owner, reviewer, due, status, v, action, notes, cannotFixReason);
    }

    public ItemPatch withAction(String v) {
        return new ItemPatch(title, owner, reviewer, due, status, cause, v, notes, cannotFixReason);
    }

    public ItemPatch withNotes(String v) {
        return new ItemPatch(title, owner, reviewer, due, status, cause, action, v, cannotFixReason);
    }

    public ItemPatch withCannotFixReason(String v) {
        return new ItemPatch(title, owner, reviewer, due, status, cause, action, notes, v);
    }

    public boolean isEmpty() {
        return equals(NONE);
    }
}
