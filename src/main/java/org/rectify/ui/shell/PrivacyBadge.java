package org.rectify.ui.shell;

import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.rectify.ui.common.PrivacyGuard;
import org.rectify.ui.i18n.Messages;

/** A red badge in the header for as long as subscriber numbers are visible; a click masks them again. */
final class PrivacyBadge {

    private PrivacyBadge() {
    }

    static Button of(PrivacyGuard privacy) {
        Button badge = new Button(Messages.get("privacy.badge"), new FontIcon(Feather.EYE));
        badge.setId("privacy-badge");
        badge.getStyleClass().add("privacy-badge");
        badge.setTooltip(new Tooltip(Messages.get("privacy.badge.tooltip")));
        badge.visibleProperty().bind(privacy.masked().not());
        badge.managedProperty().bind(badge.visibleProperty());
        badge.setOnAction(e -> privacy.mask());
        return badge;
    }
}
