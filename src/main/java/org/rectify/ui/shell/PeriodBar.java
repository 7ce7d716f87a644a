package org.rectify.ui.shell;

import java.time.LocalDate;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.rectify.analytics.DataSpan;
import org.rectify.domain.Grain;
import org.rectify.domain.Period;
import org.rectify.ui.common.LabeledCell;
import org.rectify.ui.i18n.Messages;
import org.rectify.ui.theme.Theme;

/**
 * The header's global choices: grain and period (with previous/next, which stop at the edges of
 * the data), district, and theme. A grain switch keeps the day being looked at: from a month to
 * its year and back lands on the same month; a year opens on its last month with data.
 */
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
    /** The day in focus: inside the shown period and the data; survives grain switches. */
    private LocalDate focus;

    public PeriodBar(Selection selection, javafx.beans.property.ObjectProperty<Theme> themeProperty) {
        this.selection = selection;
        root.setId("period-bar");
        root.setAlignment(Pos.CENTER_LEFT);
        grain.setId("period-grain");
        grain.getItems().setAll(Grain.values());
        LabeledCell.use(grain, g -> Messages.get("grain." + g.name().toLowerCase()));
        grain.valueProperty().addListener((obs, old, now) -> switchGrain(now));
        Button previous = iconButton("period-previous", Feather.CHEVRON_LEFT, "period.previous", () -> step(-1));
        Button next = iconButton("period-next", Feather.CHEVRON_RIGHT, "period.next", () -> step(1));
        previous.disableProperty().bind(Bindings.createBooleanBinding(() -> selection.step(-1) == null,
                selection.period(), selection.span()));
        next.disableProperty().bind(Bindings.createBooleanBinding(() -> selection.step(1) == null,
                selection.period(), selection.span()));
        period.setId("period-label");
        period.getStyleClass().add("period-label");
        period.setMinWidth(Region.USE_PREF_SIZE); // a period is never cut on a narrow window
        selection.period().addListener((obs, old, now) -> showPeriod(now));
        selection.span().addListener((obs, old, now) -> showPeriod(selection.period().get()));
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

    /** The grain chosen (shown even before there is a period to show). */
    public Grain grain() {
        return grain.getValue();
    }

    /** Shows a grain while there is no period yet (the one remembered from the last session). */
    public void presetGrain(Grain preset) {
        if (selection.period().get() == null) {
            grain.setValue(preset);
        }
    }

    public void setDistricts(List<String> names) {
        String current = district.getValue();
        districts.setAll(ALL);
        districts.addAll(names);
        district.setValue(names.contains(current) ? current : ALL);
    }

    /** Moves the period back (−1) or forward (+1) by one of its grain; never past the data. */
    public void step(int direction) {
        Period next = selection.step(direction);
        if (next != null) {
            selection.period().set(next);
        }
    }

    private void switchGrain(Grain now) {
        Period p = selection.period().get();
        if (now == null || p == null || p.grain() == now) {
            return;
        }
        selection.period().set(Period.of(now, focusIn(p)));
    }

    /** The focus day if the period holds it, else the period's last day; moved inside the data. */
    private LocalDate focusIn(Period p) {
        LocalDate day = focus != null && p.range().contains(focus) ? focus : p.lastDay();
        DataSpan span = selection.span().get();
        return span == null ? day : span.clamp(day);
    }

    private void showPeriod(Period p) {
        if (p == null) {
            period.setText(Messages.get("period.waiting"));
            period.setTooltip(null);
            return;
        }
        focus = focusIn(p);
        period.setText(p.toString());
        grain.setValue(p.grain());
        DataSpan span = selection.span().get();
        String range = Messages.format("period.range", p.start().toString(), p.lastDay().toString());
        period.setTooltip(new Tooltip(span == null ? range
                : range + "\n" + Messages.format("period.dataSpan", span.first().toString(), span.last().toString())));
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
