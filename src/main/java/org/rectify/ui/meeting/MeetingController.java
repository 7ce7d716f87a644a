package org.rectify.ui.meeting;

import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Supplier;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;
import org.rectify.checklist.ChecklistService;
import org.rectify.checklist.ItemPatch;
import org.rectify.checklist.ItemRow;
import org.rectify.checklist.Refusal;
import org.rectify.domain.Grain;
import org.rectify.domain.Period;
import org.rectify.report.pack.MeetingPackBuilder;
import org.rectify.ui.common.TaskRunner;

/**
 * Runs the weekly meeting: builds the week's pack off the FX thread, moves between pages and
 * items, records decisions at once (with their history), and keeps the meeting's time.
 */
public final class MeetingController {

    private final MeetingModel model = new MeetingModel();
    private final Supplier<MeetingPackBuilder> builder;
    private final ChecklistService checklist;
    private final TaskRunner runner;
    private final Timeline timer = new Timeline(new KeyFrame(Duration.seconds(1), e -> tick()));

    public MeetingController(Supplier<MeetingPackBuilder> builder, ChecklistService checklist, TaskRunner runner) {
        this.builder = builder;
        this.checklist = checklist;
        this.runner = runner;
        timer.setCycleCount(Timeline.INDEFINITE);
    }

    public MeetingModel model() {
        return model;
    }

    /** Opens the meeting on the week that ended yesterday (a Monday's meeting discusses last week), on the city page. */
    public void start() {
        model.page().set(0);
        model.item().set(0);
        model.error().set("");
        runner.run(() -> {
            Period week = Period.of(Grain.WEEK, checklist.today().date().minusDays(1));
            return builder.get().build(week, null, LocalDateTime.now().withNano(0));
        }, model.pack()::set, e -> model.error().set(e.getMessage()));
    }

    public void stop() {
        timer.stop();
        model.timerRunning().set(false);
        model.deciding().set(false);
    }

    public void page(int delta) {
        if (model.pages() > 0 && !model.deciding().get()) {
            model.page().set(Math.floorMod(model.page().get() + delta, model.pages()));
            model.item().set(0);
        }
    }

    /** Shows the first district page with a rebound to discuss, that item chosen (pictures for the README). */
    public void showcase() {
        var pack = model.pack().get();
        for (int p = 0; pack != null && p < pack.districts().size(); p++) {
            var items = pack.districts().get(p).items();
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i).verification().state() == org.rectify.checklist.Verification.State.REBOUND) {
                    model.page().set(p + 1);
                    model.item().set(i);
                    return;
                }
            }
        }
    }

    /** 1 … 9 the first nine districts, 0 the tenth; a negative number the city page. */
    public void jumpTo(int digit) {
        int target = digit < 0 ? 0 : digit == 0 ? 10 : digit;
        if (!model.deciding().get() && target < model.pages()) {
            model.page().set(target);
            model.item().set(0);
        }
    }

    public void item(int delta) {
        var page = model.districtPage();
        if (page != null && !page.items().isEmpty() && !model.deciding().get()) {
            model.item().set(Math.max(0, Math.min(page.items().size() - 1, model.item().get() + delta)));
        }
    }

    public void toggleTimer() {
        if (model.timerRunning().get()) {
            timer.pause();
        } else {
            timer.play();
        }
        model.timerRunning().set(!model.timerRunning().get());
    }

    private void tick() {
        model.elapsedSeconds().set(model.elapsedSeconds().get() + 1);
    }

    public void openDecision() {
        if (model.chosenItem() != null) {
            model.error().set("");
            model.deciding().set(true);
        }
    }

    public void closeDecision() {
        model.deciding().set(false);
    }

    /** Saves the decision on the chosen item now, its history written; the page is read again. */
    public void decide(ItemPatch patch) {
        ItemRow row = model.chosenItem();
        if (row == null || patch.isEmpty()) {
            model.deciding().set(false);
            return;
        }
        int page = model.page().get();
        int item = model.item().get();
        var week = model.pack().get().week();
        runner.run(() -> {
            checklist.edit(List.of(row.item().id()), patch);
            return builder.get().build(week, null, LocalDateTime.now().withNano(0));
        }, pack -> {
            model.pack().set(pack);
            model.page().set(page);
            model.item().set(item);
            model.deciding().set(false);
        }, e -> {
            Throwable cause = e instanceof Refusal ? e : e.getCause();
            model.error().set(cause instanceof Refusal r ? org.rectify.ui.checklist.ChecklistTexts.refusal(r)
                    : String.valueOf(e.getMessage()));
        });
    }
}
