package org.rectify.ui.checklist;

import java.util.List;
import java.util.Locale;
import org.rectify.checklist.ItemRow;
import org.rectify.checklist.Refusal;
import org.rectify.checklist.Verification;
import org.rectify.domain.ItemKind;
import org.rectify.domain.ItemStatus;
import org.rectify.ui.i18n.Messages;

/** The words of the checklist in the UI's language: statuses, kinds, effects, refusals. */
public final class ChecklistTexts {

    private ChecklistTexts() {
    }

    public static String status(ItemStatus status) {
        return Messages.get("checklist.status." + status.key());
    }

    public static String kind(ItemKind kind) {
        return Messages.get("checklist.kind." + kind.key());
    }

    public static String refusal(Refusal r) {
        List<String> args = r.args().stream().map(ChecklistTexts::statusWord).toList();
        return Messages.format("checklist.refusal." + r.kind().name(), args.toArray());
    }

    /** A status key among a refusal's arguments reads as the status's word. */
    private static String statusWord(String arg) {
        for (ItemStatus s : ItemStatus.values()) {
            if (s.key().equals(arg)) {
                return status(s);
            }
        }
        return arg;
    }

    public static String effect(ItemRow row) {
        Verification v = row.verification();
        String state = Messages.get("checklist.effect." + v.state().key());
        if (v.weeks().isEmpty()) {
            return state;
        }
        String weeks = String.join(" ", v.weeks().stream().map(w -> Long.toString(w.count())).toList());
        return state + " · " + Messages.format("checklist.effect.weeks", v.target(), weeks);
    }

    static String field(String field) {
        return Messages.get("checklist.field." + field.toLowerCase(Locale.ROOT));
    }
}
