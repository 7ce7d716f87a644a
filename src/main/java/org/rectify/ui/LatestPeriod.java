package org.rectify.ui;

import java.time.LocalDate;
import java.util.function.Supplier;
import org.rectify.analytics.DataSpan;
import org.rectify.analytics.KpiService;
import org.rectify.domain.Grain;
import org.rectify.domain.Period;
import org.rectify.ui.common.TaskRunner;
import org.rectify.ui.i18n.Messages;
import org.rectify.ui.shell.PeriodBar;
import org.rectify.ui.shell.Selection;
import org.rectify.ui.shell.Shell;

/**
 * Districts for the selector, the data's span, and the period holding the latest complaint — read at
 * the start and after each import. An import moves the period along only for someone looking at the
 * latest one, never mid-meeting; an empty store shows no period at all (never one of today's date).
 */
final class LatestPeriod {

    private final KpiService kpis;
    private final Selection selection;
    private final TaskRunner runner;
    // built again when the language changes
    private final Supplier<PeriodBar> periodBar;
    private final Supplier<Shell> shell;
    private LocalDate latestShown;

    LatestPeriod(KpiService kpis, Selection selection, TaskRunner runner, Supplier<PeriodBar> periodBar,
            Supplier<Shell> shell) {
        this.kpis = kpis;
        this.selection = selection;
        this.runner = runner;
        this.periodBar = periodBar;
        this.shell = shell;
    }

    void load() {
        runner.run(kpis::dataSpan, found -> show(found.orElse(null)), this::failed);
        runner.run(kpis::districts, districts -> periodBar.get().setDistricts(districts), this::failed);
    }

    private void show(DataSpan span) {
        selection.span().set(span);
        shell.get().setDataSpan(span == null ? ""
                : Messages.format("period.dataSpan", span.first().toString(), span.last().toString()));
        if (span == null) {
            return;
        }
        Period shown = selection.period().get();
        boolean followsLatest = shown == null || latestShown == null || shown.equals(Period.of(shown.grain(), latestShown));
        if (followsLatest) {
            Grain grain = shown != null ? shown.grain() : periodBar.get().grain() != null ? periodBar.get().grain() : Grain.MONTH;
            selection.period().set(Period.of(grain, span.last()));
        }
        latestShown = span.last();
    }

    private void failed(Throwable error) {
        shell.get().setStatus(Messages.format("app.error", error.getMessage()));
    }
}
