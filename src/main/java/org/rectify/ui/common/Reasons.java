package org.rectify.ui.common;

import org.rectify.analytics.Reason;
import org.rectify.ui.i18n.Messages;

/** Why a figure is missing, in the UI's language (the analytics layer's English stays on the command line). */
public final class Reasons {

    private Reasons() {
    }

    /** The reason in words, "" for none. */
    public static String text(Reason reason) {
        if (reason == null) {
            return "";
        }
        String said = Messages.format("reason." + reason.kind().key(), reason.args().toArray());
        return reason.comparison() ? Messages.format("reason.comparison", said) : said;
    }
}
