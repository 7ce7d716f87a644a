package org.rectify.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rectify.store.KpiSettings;
import org.rectify.testing.DesktopHarness;
import org.rectify.testing.DesktopWindow;
import org.rectify.ui.common.ScenePng;
import org.testfx.api.FxRobot;

/** The settings screen in the real window: a change saved and shown elsewhere, a wrong one refused, the language switched. */
class SettingsScreenTest {

    @RegisterExtension
    static final DesktopWindow WINDOW = DesktopWindow.over(DesktopHarness::handSet);
    private final FxRobot robot = new FxRobot();

    /** A picture of the screen under target/ (to look at what the test saw). */
    private void shot(String file) {
        robot.interact(() -> {
            try {
                ScenePng.write(robot.lookup("#settings-screen").query().getScene(), Path.of(file));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    private void tab(String id) {
        robot.interact(() -> {
            TabPane tabs = robot.lookup("#settings-tabs").queryAs(TabPane.class);
            tabs.getSelectionModel().select(tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst().orElseThrow());
        });
    }

    private void typeAndEnter(String id, String text) {
        TextField field = robot.lookup(id).queryAs(TextField.class);
        robot.interact(() -> {
            field.setText(text);
            field.fireEvent(new javafx.event.ActionEvent());
        });
    }

    @Test
    void changesAreSavedRefusedOrShownAndTheLanguageSwitchesAtOnce() throws Exception {
        robot.clickOn("#nav-settings");
        DesktopHarness.waitUntil(() -> robot.lookup("#settings-subscribers").queryTableView().getItems().size() > 0);
        shot("target/settings-subscribers.png");

        tab("settings-tab-targets");
        DesktopHarness.waitUntil(() -> !robot.lookup("#settings-target-first_contact_resolution").queryAs(TextField.class)
                .getText().isEmpty());
        typeAndEnter("#settings-target-first_contact_resolution", "97");
        DesktopHarness.waitUntil(() -> Double.valueOf(0.97).equals(new KpiSettings(WINDOW.store()).load().targets().get("first_contact_resolution")));
        typeAndEnter("#settings-target-top_problem_share", "140");
        DesktopHarness.waitUntil(() -> robot.lookup("#settings-problem").queryAs(Label.class).getText()
                .equals("占比类目标填 0 到 100 之间的百分数，而不是“140”"));
        assertEquals(0.15, new KpiSettings(WINDOW.store()).load().targets().get("top_problem_share"), 1e-12, "refused: unchanged");
        DesktopHarness.waitUntil(() -> "15".equals(robot.lookup("#settings-target-top_problem_share").queryAs(TextField.class).getText()));
        assertEquals("30", robot.lookup("#settings-repeat-window").queryAs(TextField.class).getText());
        typeAndEnter("#settings-repeat-window", "0");
        DesktopHarness.waitUntil(() -> robot.lookup("#settings-problem").queryAs(Label.class).getText().startsWith("重复投诉窗口为 1 到 365 天"));
        DesktopHarness.waitUntil(() -> "30".equals(robot.lookup("#settings-repeat-window").queryAs(TextField.class).getText()));
        typeAndEnter("#settings-self-check", "92");
        DesktopHarness.waitUntil(() -> robot.lookup("#settings-problem").queryAs(Label.class).getText().startsWith("阈值须满足"));
        shot("target/settings-targets.png");

        tab("settings-tab-roles");
        typeAndEnter("#settings-new-channel", "12315");
        robot.interact(() -> robot.lookup("#settings-add-channel").queryButton().fire());
        DesktopHarness.waitUntil(() -> new KpiSettings(WINDOW.store()).load().channels("major").contains("12315"));
        DesktopHarness.waitUntil(() -> robot.lookup("#settings-groups").queryTableView().getItems().contains("12315"));
        shot("target/settings-roles.png");

        // the dashboard reads the new target when shown
        robot.clickOn("#nav-dashboard");
        DesktopHarness.waitUntil(() -> robot.lookup(".kpi-target").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().contains("97")));

        robot.clickOn("#nav-settings");
        tab("settings-tab-general");
        shot("target/settings-general.png");
        robot.interact(() -> robot.lookup("#settings-language").queryComboBox().getSelectionModel().select(java.util.Locale.ENGLISH));
        DesktopHarness.waitUntil(() -> "Settings".equals(robot.lookup("#nav-settings").queryAs(ToggleButton.class).getText()));
        assertTrue(robot.lookup("#settings-screen").tryQuery().isPresent(), "the settings stay in view");
        assertEquals("Dashboard", robot.lookup("#nav-dashboard").queryAs(ToggleButton.class).getText());
        robot.clickOn("#nav-tickets");
        DesktopHarness.waitUntil(() -> robot.lookup("#tickets-count").queryAs(Label.class).getText().endsWith("tickets"));
        robot.clickOn("#nav-settings");
        tab("settings-tab-general");
        robot.interact(() -> robot.lookup("#settings-language").queryComboBox().getSelectionModel()
                .select(org.rectify.ui.i18n.Messages.CHINESE));
        DesktopHarness.waitUntil(() -> "设置".equals(robot.lookup("#nav-settings").queryAs(ToggleButton.class).getText()));
        assertFalse(robot.lookup("Settings").tryQuery().isPresent());
    }
}
