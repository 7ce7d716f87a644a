package org.rectify.checklist;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.rectify.domain.ChecklistItem;
import org.rectify.domain.ItemChange;
import org.rectify.domain.ItemKind;
import org.rectify.domain.ItemStatus;
import org.rectify.store.ChecklistStore;

/**
 * Applies a patch to an item: checks the status transition and the fields it needs, stamps the
 * days an item was done and closed, and lists one history row per changed field.
 */
final class ItemEditor {

    private static final Map<ItemStatus, Set<ItemStatus>> ALLOWED = Map.of(
            ItemStatus.OPEN, EnumSet.of(ItemStatus.IN_PROGRESS, ItemStatus.AWAITING_VERIFICATION, ItemStatus.CANNOT_FIX),
            ItemStatus.IN_PROGRESS, EnumSet.of(ItemStatus.OPEN, ItemStatus.AWAITING_VERIFICATION, ItemStatus.CANNOT_FIX),
            ItemStatus.AWAITING_VERIFICATION, EnumSet.of(ItemStatus.IN_PROGRESS, ItemStatus.SIGNED_OFF, ItemStatus.CANNOT_FIX),
            // reopening: a rebound, or a sign-off given too early
            ItemStatus.SIGNED_OFF, EnumSet.of(ItemStatus.IN_PROGRESS),
            ItemStatus.CANNOT_FIX, EnumSet.of(ItemStatus.OPEN, ItemStatus.IN_PROGRESS));

    private final List<String> causes;

    ItemEditor(List<String> causes) {
        this.causes = List.copyOf(causes);
    }

    ChecklistStore.Edit apply(ChecklistItem item, ItemPatch patch, String who, LocalDate today, LocalDateTime now) {
        String title = pick(patch.title(), item.title());
        String owner = pick(patch.owner(), item.owner());
        String reviewer = pick(patch.reviewer(), item.reviewer());
        LocalDate due = patch.due() != null ? patch.due() : item.due();
        ItemStatus status = patch.status() != null ? patch.status() : item.status();
        String cause = pick(patch.cause(), item.cause());
        String action = pick(patch.action(), item.action());
        String notes = pick(patch.notes(), item.notes());
        String reason = pick(patch.cannotFixReason(), item.cannotFixReason());
        String id = "#" + item.id();
        if (title == null) {
            throw new Refusal(Refusal.Kind.TITLE_REQUIRED);
        }
        if (cause != null && !Objects.equals(cause, item.cause()) && !causes.contains(cause)) {
            throw new Refusal(Refusal.Kind.UNKNOWN_CAUSE, id, cause, String.join(", ", causes));
        }
        LocalDate doneOn = item.doneOn();
        LocalDate closedOn = item.closedOn();
        if (status != item.status()) {
            if (!ALLOWED.get(item.status()).contains(status)) {
                throw new Refusal(Refusal.Kind.ILLEGAL_TRANSITION, id, item.status().key(), status.key());
            }
            checkNeeds(item, status, owner, reviewer, cause, action, reason, who);
            if (status == ItemStatus.AWAITING_VERIFICATION) {
                doneOn = today;
            } else if (status.isPending()) {
                doneOn = null;
            }
            closedOn = status.isClosed() ? today : null;
        }
        ChecklistItem after = new ChecklistItem(item.id(), item.week(), item.district(), item.kind(), item.rules(), title,
                item.category(), item.problem(), item.ticketId(), item.subscriber(), item.baseline(), item.target(),
                owner, reviewer, due, status, cause, action, notes, reason, doneOn, closedOn);
        return new ChecklistStore.Edit(after, changes(item, after, who, now));
    }

    private void checkNeeds(ChecklistItem item, ItemStatus status, String owner, String reviewer, String cause,
                            String action, String reason, String who) {
        String id = "#" + item.id();
        if ((status == ItemStatus.IN_PROGRESS || status == ItemStatus.AWAITING_VERIFICATION) && owner == null) {
            throw new Refusal(Refusal.Kind.OWNER_REQUIRED, id, status.key());
        }
        if (status == ItemStatus.AWAITING_VERIFICATION && item.kind() == ItemKind.TICKET && (cause == null || action == null)) {
            throw new Refusal(Refusal.Kind.CAUSE_AND_ACTION_REQUIRED, id);
        }
        if (status == ItemStatus.SIGNED_OFF) {
            if (reviewer == null) {
                throw new Refusal(Refusal.Kind.SIGN_OFF_WITHOUT_REVIEWER, id);
            }
            if (!reviewer.equals(who)) {
                throw new Refusal(Refusal.Kind.SIGN_OFF_BY_OTHER, id, reviewer, who);
            }
        }
        if (status == ItemStatus.CANNOT_FIX && reason == null) {
            throw new Refusal(Refusal.Kind.REASON_REQUIRED, id);
        }
    }

    private static List<ItemChange> changes(ChecklistItem a, ChecklistItem b, String who, LocalDateTime now) {
        List<ItemChange> rows = new ArrayList<>();
        add(rows, a, "title", a.title(), b.title(), who, now);
        add(rows, a, "owner", a.owner(), b.owner(), who, now);
        add(rows, a, "reviewer", a.reviewer(), b.reviewer(), who, now);
        add(rows, a, "due", text(a.due()), text(b.due()), who, now);
        add(rows, a, "status", a.status().key(), b.status().key(), who, now);
        add(rows, a, "cause", a.cause(), b.cause(), who, now);
        add(rows, a, "action", a.action(), b.action(), who, now);
        add(rows, a, "notes", a.notes(), b.notes(), who, now);
        add(rows, a, "cannot_fix_reason", a.cannotFixReason(), b.cannotFixReason(), who, now);
        return rows;
    }

    private static void add(List<ItemChange> rows, ChecklistItem item, String field, String before, String after,
                            String who, LocalDateTime now) {
        if (!Objects.equals(before, after)) {
            rows.add(new ItemChange(item.id(), now, who, field, before, after));
        }
    }

    /** The patch's value when it has one (blank clears), else the item's. */
    private static String pick(String patched, String current) {
        if (patched == null) {
            return current;
        }
        String s = patched.strip();
        return s.isEmpty() ? null : s;
    }

    private static String text(LocalDate d) {
        return d == null ? null : d.toString();
    }
}
