package org.rectify.ui.common;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.rectify.ui.i18n.Messages;

/**
 * Whether subscriber numbers are masked on screen: masked by default, unmasked only on purpose
 * (asked once per session, naming the risk), and masked again whenever the window goes in front
 * of others (projector theme, full screen).
 */
public final class PrivacyGuard {

    private final ReadOnlyBooleanWrapper masked = new ReadOnlyBooleanWrapper(true);
    private final DialogService dialogs;
    private boolean confirmedThisSession;

    public PrivacyGuard(DialogService dialogs) {
        this.dialogs = dialogs;
    }

    public ReadOnlyBooleanProperty masked() {
        return masked.getReadOnlyProperty();
    }

    /** Shows the numbers if the user agrees (asked the first time only); true when they are now visible. */
    public boolean requestUnmask() {
        if (!masked.get()) {
            return true;
        }
        if (!confirmedThisSession) {
            confirmedThisSession = dialogs.confirm(Messages.get("privacy.confirm.title"),
                    Messages.get("privacy.confirm.message"), Messages.get("privacy.confirm.ok"));
            if (!confirmedThisSession) {
                return false;
            }
        }
        masked.set(false);
        return true;
    }

    public void mask() {
        masked.set(true);
    }
}
