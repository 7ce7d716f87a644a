package org.rectify.ui.tickets;

import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.collections.ObservableListBase;
import org.rectify.domain.Ticket;

/**
 * A list as long as the query's result that holds only the pages recently looked at. A row
 * not loaded yet reads as null (an empty row) and asks for its page; when the page arrives the
 * rows are replaced, so the table stays virtual over any number of tickets.
 */
public final class PagedTicketList extends ObservableListBase<Ticket> {

    /** Fetches a page in the background and hands it back on the FX thread via {@link #pageLoaded}. */
    public interface PageRequester {
        void request(int generation, int page, long offset, int limit);
    }

    static final int PAGE_SIZE = 200;
    private static final int PAGES_KEPT = 40;

    private final PageRequester requester;
    private final Map<Integer, List<Ticket>> pages = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, List<Ticket>> eldest) {
            return size() > PAGES_KEPT;
        }
    };
    private final Set<Integer> requested = new HashSet<>();
    private int size;
    private int generation;

    public PagedTicketList(PageRequester requester) {
        this.requester = requester;
    }

    @Override
    public Ticket get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index + " of " + size);
        }
        int page = index / PAGE_SIZE;
        List<Ticket> rows = pages.get(page);
        if (rows == null) {
            if (requested.add(page)) {
                requester.request(generation, page, (long) page * PAGE_SIZE, PAGE_SIZE);
            }
            return null;
        }
        int offset = index - page * PAGE_SIZE;
        return offset < rows.size() ? rows.get(offset) : null;
    }

    @Override
    public int size() {
        return size;
    }

    public int generation() {
        return generation;
    }

    /** A new result (new filter): forget every page and take the new length. Returns the new generation. */
    public int reset(int newSize) {
        generation++;
        pages.clear();
        requested.clear();
        int oldSize = size;
        size = newSize;
        beginChange();
        if (oldSize > 0) {
            nextRemove(0, Collections.nCopies(oldSize, (Ticket) null));
        }
        if (newSize > 0) {
            nextAdd(0, newSize);
        }
        endChange();
        return generation;
    }

    /** A page arrived; a page of an older generation (a superseded filter) is dropped. */
    public void pageLoaded(int forGeneration, int page, List<Ticket> rows) {
        if (forGeneration != generation) {
            return;
        }
        requested.remove(page);
        pages.put(page, List.copyOf(rows));
        int from = page * PAGE_SIZE;
        int to = Math.min(size, from + rows.size());
        if (from >= to) {
            return;
        }
        beginChange();
        for (int i = from; i < to; i++) {
            nextSet(i, null);
        }
        endChange();
    }

    public boolean isLoaded(int index) {
        return pages.containsKey(index / PAGE_SIZE);
    }
}
