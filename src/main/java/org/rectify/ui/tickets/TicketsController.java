package org.rectify.ui.tickets;

import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import org.rectify.analytics.KpiService;
import org.rectify.domain.Period;
import org.rectify.domain.Ticket;
import org.rectify.domain.TicketFilter;
import org.rectify.report.table.TableExport;
import org.rectify.store.TicketQueries;
import org.rectify.ui.common.DialogService;
import org.rectify.ui.common.TaskRunner;
import org.rectify.ui.i18n.Messages;
import org.rectify.ui.shell.Selection;

/**
 * Queries the store for the ticket list, off the FX thread. The list follows the header's
 * period and district while shown (unless a chart's drill-down chose it, or "all time" is on);
 * the filters narrow it; the latest request wins when they change fast. Exports the whole
 * filtered list, and reads where a ticket came from for its detail.
 */
public final class TicketsController {

    private final TicketQueries queries;
    private final KpiService lists;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final BooleanSupplier masked;
    private final TicketsModel model;
    private final Selection selection;
    private final InvalidationListener onChange = o -> refresh();
    private final List<Observable> watched;
    private TicketFilter filter = TicketFilter.ALL;
    private int requestCounter;
    private int originRequest;

    /** @param masked whether subscriber numbers are masked now (an export writes them as the list shows them) */
    public TicketsController(TicketQueries queries, KpiService lists, Selection selection, TaskRunner runner,
                             DialogService dialogs, BooleanSupplier masked) {
        this.selection = selection;
        this.queries = queries;
        this.lists = lists;
        this.runner = runner;
        this.dialogs = dialogs;
        this.masked = masked;
        this.model = new TicketsModel(this::requestPage);
        this.watched = List.of(selection.period(), selection.district(), model.followPeriodProperty(),
                model.searchTextProperty(), model.drillDownProperty(), model.categoryProperty(), model.problemProperty(),
                model.channelProperty(), model.escalatedProperty(), model.firstContactProperty(), model.statusProperty(),
                model.repeatsOnlyProperty(), model.sortProperty());
        model.detailProperty().addListener((obs, old, now) -> loadOrigin(now));
    }

    public TicketsModel model() {
        return model;
    }

    /** Starts following the filters and loads the list; called when the screen is shown. */
    public void attach() {
        watched.forEach(o -> o.addListener(onChange));
        reloadChoices();
        refresh();
    }

    /** Stops following the filters; called when the screen is hidden. */
    public void detach() {
        watched.forEach(o -> o.removeListener(onChange));
    }

    /** Narrows the list to the complaints behind a chart's figure; {@code description} says which in words. */
    public void showBehindFigure(TicketFilter figure, String description) {
        model.searchTextProperty().set("");
        clearFilters();
        model.drillDownTextProperty().set(description);
        model.drillDownProperty().set(figure);
    }

    /** Every filter of the bar back to "any"; the header's period and district stay. */
    public void clearFilters() {
        model.categoryProperty().set(TicketsModel.ANY);
        model.problemProperty().set(TicketsModel.ANY);
        model.channelProperty().set(TicketsModel.ANY);
        model.escalatedProperty().set(null);
        model.firstContactProperty().set(null);
        model.statusProperty().set(null);
        model.repeatsOnlyProperty().set(false);
    }

    /** Re-reads the choices and the list, e.g. after an import. */
    public void reload() {
        reloadChoices();
        refresh();
    }

    private void reloadChoices() {
        runner.run(() -> List.of(lists.categories(), lists.problems(), lists.channels()), found -> {
            keepChoice(model.categories(), found.get(0), model.categoryProperty());
            keepChoice(model.problems(), found.get(1), model.problemProperty());
            keepChoice(model.channels(), found.get(2), model.channelProperty());
        }, this::showError);
    }

    private static void keepChoice(List<String> choices, List<String> found, javafx.beans.property.ObjectProperty<String> chosen) {
        String current = chosen.get();
        choices.clear();
        choices.add(TicketsModel.ANY);
        choices.addAll(found);
        chosen.set(current != null && choices.contains(current) ? current : TicketsModel.ANY);
    }

    private void showError(Throwable error) {
        model.errorProperty().set(error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage());
    }

    /** The filter the screen shows now. */
    TicketFilter currentFilter() {
        TicketFilter base = model.drillDownProperty().get();
        if (base == null) {
            Period period = selection.period().get();
            String district = selection.district().get();
            base = TicketFilter.ALL.withDistrict(district == null || district.isEmpty() ? null : district);
            if (model.followPeriodProperty().get() && period != null) {
                base = base.withRange(period.range().start(), period.range().end());
            }
        }
        return base.withText(model.searchTextProperty().get())
                .withSlice(any(model.categoryProperty().get()), any(model.problemProperty().get()),
                        any(model.channelProperty().get()))
                .withFlags(model.escalatedProperty().get(), model.firstContactProperty().get(), model.statusProperty().get(),
                        model.repeatsOnlyProperty().get())
                .withSort(model.sortProperty().get());
    }

    private static String any(String choice) {
        return choice == null || choice.isEmpty() ? null : choice;
    }

    private void scopeInWords() {
        Period period = selection.period().get();
        String district = selection.district().get();
        String where = district == null || district.isEmpty() ? Messages.get("tickets.allDistricts") : district;
        model.setScopeText(model.drillDownProperty().get() != null ? ""
                : model.followPeriodProperty().get() && period != null ? period + " · " + where
                : Messages.get("tickets.allTime") + " · " + where);
    }

    private void refresh() {
        scopeInWords();
        filter = currentFilter();
        TicketFilter requested = filter;
        int request = ++requestCounter;
        model.setLoading(true);
        runner.run(() -> queries.count(requested), count -> {
            if (request != requestCounter) {
                return; // a newer filter is on its way
            }
            model.setTotal(count);
            model.tickets().reset((int) Math.min(Integer.MAX_VALUE, count));
            model.setLoading(false);
            model.errorProperty().set("");
        }, error -> {
            model.setLoading(false);
            showError(error);
        });
    }

    private void requestPage(int generation, int page, long offset, int limit) {
        TicketFilter requested = filter;
        runner.run(() -> queries.page(requested, offset, limit),
                (List<Ticket> rows) -> model.tickets().pageLoaded(generation, page, rows), this::showError);
    }

    private void loadOrigin(Ticket ticket) {
        int request = ++originRequest;
        model.setOrigin(null);
        if (ticket == null) {
            return;
        }
        runner.run(() -> queries.origin(ticket.ticketId()).orElse(null), found -> {
            if (request == originRequest) {
                model.setOrigin(found);
            }
        }, this::showError);
    }

    /** The whole filtered list, in its order, to XLSX or CSV (by the name chosen); subscribers as the list shows them. */
    public void export() {
        TicketFilter exported = filter;
        boolean mask = masked.getAsBoolean();
        dialogs.chooseSaveFile(Messages.get("tickets.export"), Messages.format("tickets.export.name",
                scopeFileName()), "xlsx").ifPresent(file -> exportTo(file, exported, mask));
    }

    /** The list as it is now to {@code file} (XLSX, or CSV by its name), in the background. */
    public void exportTo(Path file) {
        exportTo(file, filter, masked.getAsBoolean());
    }

    /** Writes the list to {@code file} in the background; the notice says how many rows went out. */
    private void exportTo(Path file, TicketFilter exported, boolean mask) {
        model.setLoading(true);
        runner.run(() -> TableExport.write(file, Messages.get("tickets.title"), TicketRow.header(),
                        rows -> queries.forEach(exported, t -> rows.row(TicketRow.cells(t, mask)))),
                count -> {
                    model.setLoading(false);
                    model.noticeProperty().set(Messages.format("tickets.exported", count, file.toString()));
                    dialogs.showInfo(model.noticeProperty().get());
                },
                error -> {
                    model.setLoading(false);
                    dialogs.showError(Messages.get("tickets.export"), error.getMessage());
                });
    }

    private String scopeFileName() {
        String scope = model.scopeTextProperty().get();
        String text = scope == null || scope.isEmpty() ? model.drillDownTextProperty().get() : scope;
        return text.replaceAll("[\\\\/:*?\"<>|\\s·]+", "-").replaceAll("-+", "-").replaceAll("^-|-$", "");
    }
}
