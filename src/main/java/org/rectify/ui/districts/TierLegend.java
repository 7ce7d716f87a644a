package org.rectify.ui.districts;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.rectify.analytics.QcTier;
import org.rectify.analytics.TierService;
import org.rectify.ui.i18n.Messages;

/** What the QC tiers mean, with the thresholds as set: ≥ 95 % self-check, 93–95 % support, < 93 % supervision. */
final class TierLegend {

    private final HBox root = new HBox(14);

    TierLegend() {
        root.setId("districts-tier-legend");
        root.setAlignment(Pos.CENTER_LEFT);
    }

    HBox root() {
        return root;
    }

    void show(TierService.Thresholds t) {
        Label title = new Label(Messages.get("districts.legend.title"));
        title.getStyleClass().add("tier-legend");
        root.getChildren().setAll(title,
                entry(QcTier.SELF_CHECK, Messages.format("districts.legend.selfCheck", t.selfCheckMin() * 100)),
                entry(QcTier.SUPPORT, Messages.format("districts.legend.support", t.supportMin() * 100, t.selfCheckMin() * 100)),
                entry(QcTier.SUPERVISION, Messages.format("districts.legend.supervision", t.supportMin() * 100)));
    }

    private static HBox entry(QcTier tier, String range) {
        Region dot = new Region();
        dot.getStyleClass().addAll("tier-dot", "tier-" + tier.key());
        Label text = new Label(range + " " + Messages.get("tier." + tier.key()));
        text.getStyleClass().add("tier-legend");
        HBox box = new HBox(5, dot, text);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }
}
