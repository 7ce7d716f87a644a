package org.rectify.ui.shell;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.rectify.domain.Grain;
import org.rectify.domain.Period;
import org.rectify.ui.common.LabeledCell;
import org.rectify.ui.i18n.Messages;
import org.rectify.ui.theme.Theme;

/** The header's global choices: grain and period (with previous/next), district, and theme. */
public final class PeriodBar {

    /** The district choice meaning "all districts". */
    static final String ALL = "";

    private final Selection selection;
    private final HBox root = new HBox(8);
    private final ComboBox<Grain> grain = new ComboBox<>();
    private final Label period = new Label();
    private final ObservableList<String> districts = FXCollections.observableArrayList(ALL);
    private final ComboBox<String> district = new ComboBox<>(districts);
    private final ComboBox<Theme> theme = new ComboBox<>();

    public PeriodBar(Selection selection, javafx.beans.property.ObjectProperty<Theme> themeProperty) {
        this.selection = selection;
        root.setId("period-bar");
        root.setAlignment(Pos.CENTER_LEFT);
        grain.setId("period-grain");
        grain.getItems().setAll(Grain.values());
        LabeledCell.use(grain, g -> Messages.get("grain." + g.name().toLowerCase()));
        grain.valueProperty().addListener((obs, old, now) -> {
            Period p = selection.period().get();
            if (now != null && p != null && p.grain() != now) {
                selection.period().set(Period.of(now, p.lastDay()));
            }
        });
        Button previous = iconButton("period-previous", Feather.CHEVRON_LEFT, "period.previous", () -> step(-1));
        Button next = iconButton("period-next", Feather.CHEVRON_RIGHT, "period.next", () -> step(1));
        period.setId("period-label");
        period.getStyleClass().add("period-label");
        selection.period().addListener((obs, old, now) -> showPeriod(now));
        district.setId("period-district");
        LabeledCell.use(district, d -> d.isEmpty() ? Messages.get("selection.allDistricts") : d);
        district.setValue(ALL);
        district.valueProperty().addListener((obs, old, now) ->
                selection.district().set(now == null || now.isEmpty() ? null : now));
        selection.district().addListener((obs, old, now) -> district.setValue(now == null ? ALL : now));
        theme.setId("theme-choice");
        theme.getItems().setAll(Theme.values());
        LabeledCell.use(theme, t -> Messages.get("theme." + t.key()));
        theme.valueProperty().bindBidirectional(themeProperty);
        theme.setTooltip(new Tooltip(Messages.get("theme.tooltip")));
        root.getChildren().addAll(new FontIcon(Feather.CALENDAR), grain, previous, period, next, district,
                new FontIcon(Feather.SUN), theme);
        showPeriod(selection.period().get());
    }

    public HBox root() {
        return root;
    }

    public void setDistricts(List<String> names) {
        String current = district.getValue();
        districts.setAll(ALL);
        districts.addAll(names);
        district.setValue(names.contains(current) ? current : ALL);
    }

    /** Moves the period back (−1) or forward (+1) by one of its grain. */
    public void step(int direction) {
        Period p = selection.period().get();
        if (p != null) {
            selection.period().set(direction < 0 ? p.previous() : p.next());
        }
    }

    private void showPeriod(Period p) {
        period.setText(p == null ? "" : p.toString());
        if (p != null) {
            grain.setValue(p.grain());
            period.setTooltip(new Tooltip(Messages.format("period.range", p.start().toString(), p.lastDay().toString())));
        }
    }

    private static Button iconButton(String id, Feather icon, String tooltipKey, Runnable action) {
        Button b = new Button(null, new FontIcon(icon));
        b.setId(id);
        b.getStyleClass().add("flat");
        b.setTooltip(new Tooltip(Messages.get(tooltipKey)));
        b.setOnAction(e -> action.run());
        return b;
    }
}
