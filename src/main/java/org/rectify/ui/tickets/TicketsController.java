package org.rectify.ui.tickets;

import java.util.List;
import javafx.beans.value.ChangeListener;
import org.rectify.domain.Ticket;
import org.rectify.domain.TicketFilter;
import org.rectify.store.ReferenceData;
import org.rectify.store.TicketQueries;
import org.rectify.ui.common.TaskRunner;
import org.rectify.ui.shell.Selection;

/**
 * Queries the store for the ticket list, off the FX thread; follows the header's district while
 * shown (unless a chart's drill-down chose the list). When filters change fast, the latest
 * request wins: results of superseded requests are dropped.
 */
public final class TicketsController {

    private final TicketQueries queries;
    private final ReferenceData referenceData;
    private final TaskRunner runner;
    private final TicketsModel model;
    private final ChangeListener<Object> onFilterChange = (obs, old, now) -> refresh();
    private final Selection selection;
    private final ChangeListener<String> onGlobalDistrict = (obs, old, now) -> followDistrict(now);
    private TicketFilter filter = TicketFilter.ALL;
    private int requestCounter;

    public TicketsController(TicketQueries queries, ReferenceData referenceData, Selection selection, TaskRunner runner) {
        this.selection = selection;
        this.queries = queries;
        this.referenceData = referenceData;
        this.runner = runner;
        this.model = new TicketsModel(this::requestPage);
    }

    public TicketsModel model() {
        return model;
    }

    /** Starts following the filters and loads the list; called when the screen is shown. */
    public void attach() {
        if (model.drillDownProperty().get() == null) {
            followDistrict(selection.district().get());
        }
        selection.district().addListener(onGlobalDistrict);
        model.districtProperty().addListener(onFilterChange);
        model.searchTextProperty().addListener(onFilterChange);
        model.drillDownProperty().addListener(onFilterChange);
        reloadDistricts();
        refresh();
    }

    /** Stops following the filters; called when the screen is hidden. */
    public void detach() {
        selection.district().removeListener(onGlobalDistrict);
        model.districtProperty().removeListener(onFilterChange);
        model.searchTextProperty().removeListener(onFilterChange);
        model.drillDownProperty().removeListener(onFilterChange);
    }

    /** The header's district choice (null: all) becomes the list's. */
    private void followDistrict(String district) {
        model.districtProperty().set(district == null ? TicketsModel.ALL_DISTRICTS : district);
    }

    /** Narrows the list to the complaints behind a chart's figure; {@code description} says which in words. */
    public void showBehindFigure(TicketFilter figure, String description) {
        model.searchTextProperty().set("");
        model.districtProperty().set(figure.district() == null ? TicketsModel.ALL_DISTRICTS : figure.district());
        model.drillDownTextProperty().set(description);
        model.drillDownProperty().set(figure);
    }

    /** Re-reads districts and the list, e.g. after an import. */
    public void reload() {
        reloadDistricts();
        refresh();
    }

    private void reloadDistricts() {
        runner.run(referenceData::districts, names -> {
            String current = model.districtProperty().get();
            model.districts().setAll(TicketsModel.ALL_DISTRICTS);
            model.districts().addAll(names);
            model.districtProperty().set(names.contains(current) ? current : TicketsModel.ALL_DISTRICTS);
        }, this::showError);
    }

    private void showError(Throwable error) {
        model.errorProperty().set(error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage());
    }

    private void refresh() {
        String district = model.districtProperty().get();
        TicketFilter base = model.drillDownProperty().get() == null ? TicketFilter.ALL : model.drillDownProperty().get();
        filter = base.withDistrict(district == null || district.isEmpty() ? null : district)
                .withText(model.searchTextProperty().get());
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
}
