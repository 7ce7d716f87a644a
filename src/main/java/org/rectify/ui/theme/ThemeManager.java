package org.rectify.ui.theme;

import javafx.application.Application;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import org.rectify.report.charts.ChartStyle;

/**
 * The one place the theme changes: the AtlantaFX user-agent stylesheet, the app's stylesheet and
 * the theme's own on the scene. Screens that draw charts listen to {@link #theme()}.
 */
public final class ThemeManager {

    private static final String APP_CSS = "/org/rectify/ui/css/rectify.css";
    /** The projector's type per pixel of window height. */
    private static final double PROJECTOR_TYPE_PER_HEIGHT = 18.0 / 800;

    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.LIGHT);
    private Scene scene;

    public ThemeManager(Theme initial) {
        theme.set(initial);
        theme.addListener((obs, old, now) -> apply());
    }

    /** Styles {@code target} now and whenever the theme changes. */
    public void attach(Scene target) {
        this.scene = target;
        apply();
    }

    /** Styles the scene again, e.g. after its root was swapped (meeting mode). */
    public void refresh() {
        apply();
    }

    public ObjectProperty<Theme> theme() {
        return theme;
    }

    public ChartStyle chartStyle() {
        return theme.get().chartStyle();
    }

    private void apply() {
        Theme t = theme.get();
        Application.setUserAgentStylesheet(t.baseStylesheet());
        if (scene == null) {
            return;
        }
        scene.getStylesheets().setAll(ThemeManager.class.getResource(APP_CSS).toExternalForm());
        UiFont.stylesheet().ifPresent(scene.getStylesheets()::add);
        if (t.extraStylesheet() != null) {
            scene.getStylesheets().add(ThemeManager.class.getResource("/org/rectify/ui/" + t.extraStylesheet()).toExternalForm());
        }
        scene.getRoot().getStyleClass().removeIf(c -> c.startsWith("theme-"));
        scene.getRoot().getStyleClass().add("theme-" + t.key());
        scene.getRoot().styleProperty().unbind();
        if (t == Theme.PROJECTOR) {
            // type grows with the window (18 px at 800 px high, 24 px at 1,080): the projector's sizes are in em
            Scene target = scene;
            scene.getRoot().styleProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> String.format(
                    java.util.Locale.ROOT, "-fx-font-size: %.1fpx;", Math.max(16, target.getHeight() * PROJECTOR_TYPE_PER_HEIGHT)),
                    target.heightProperty()));
        } else {
            scene.getRoot().setStyle("");
        }
    }
}
