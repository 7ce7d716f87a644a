package org.rectify.sync;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.rectify.domain.ImportNote;
import org.rectify.domain.RejectedRow;
import org.rectify.domain.RowOrigin;
import org.rectify.domain.Ticket;

/**
 * The reading side of an import: finds each sheet's header, maps rows to tickets or rejections,
 * and hands them on in chunks. Runs on the reader thread, beside the writer.
 */
final class MappingSink implements RowSink {

    /** What the reader hands to the writer. */
    sealed interface Message permits ProfileChosen, Chunk, Finished, Failed {
    }

    record ProfileChosen(String profile) implements Message {
    }

    record Chunk(List<Ticket> tickets, List<RowOrigin> origins, List<RejectedRow> rejects, long rows, long filtered, long bytes) implements Message {
    }

    record Finished(List<String> notes) implements Message {
    }

    record Failed(RuntimeException error) implements Message {
    }

    private static final int CHUNK = 1_000;

    private final String fileName;
    private final Consumer<Message> out;
    private final java.util.function.LongSupplier bytes;
    private final java.util.function.BooleanSupplier stop;
    private List<ImportProfile> candidates;
    private ColumnMapping fileMapping;
    private final List<String> notes = new ArrayList<>();
    private final List<SourceRow> pending = new ArrayList<>();
    private TicketMapper mapper;
    private boolean sheetSkipped;
    private List<Ticket> tickets = new ArrayList<>(CHUNK);
    private List<RowOrigin> origins = new ArrayList<>(CHUNK);
    private List<RejectedRow> rejects = new ArrayList<>();
    private long rows;
    private long filtered;
    private int sheetsWithHeader;

    MappingSink(String fileName, List<ImportProfile> candidates, Consumer<Message> out,
                java.util.function.LongSupplier bytes, java.util.function.BooleanSupplier stop) {
        this.fileName = fileName;
        this.candidates = candidates;
        this.out = out;
        this.bytes = bytes;
        this.stop = stop;
    }

    /**
     * Sheet names of a workbook's summary: its rows repeat the district sheets' (same tickets,
     * another "district"), so such a sheet is left out unless the profile names it.
     */
    static final java.util.regex.Pattern SUMMARY_SHEET = java.util.regex.Pattern.compile(
            "(?i).*(汇总|合计|总表|总计|总览|统计|summary|total|overview).*");

    private final FileTallies tallies = new FileTallies();
    private boolean serialDatesFrom1904;
    private String summarySheet;
    private long summaryRows;

    @Override
    public void sheetStarted(String sheet) {
        pending.clear();
        mapper = null;
        List<String> wanted = candidates.size() == 1 ? candidates.get(0).sheets() : List.of();
        sheetSkipped = sheet != null && !wanted.isEmpty() && !wanted.contains(sheet);
        summarySheet = null;
        if (!sheetSkipped && sheet != null && !wanted.contains(sheet) && SUMMARY_SHEET.matcher(sheet).matches()) {
            sheetSkipped = true;
            summarySheet = sheet;
            summaryRows = 0;
        }
    }

    @Override
    public void row(String sheet, long rowNumber, List<String> cells) {
        if (sheetSkipped) {
            if (summarySheet != null && cells.stream().anyMatch(c -> c != null && !c.isBlank())) {
                summaryRows++;
            }
            return;
        }
        SourceRow row = new SourceRow(sheet, rowNumber, cells);
        if (mapper == null) {
            pending.add(row);
            if (pending.size() >= HeaderLocator.SEARCH_ROWS) {
                findHeader(sheet);
            }
            return;
        }
        map(row);
    }

    @Override
    public void serialDatesFrom1904() {
        serialDatesFrom1904 = true;
    }

    @Override
    public void sheetEnded(String sheet) {
        if (summarySheet != null) {
            notes.add(ImportNote.SUMMARY_SHEET_SKIPPED.text(summarySheet, summaryRows));
        }
        if (!sheetSkipped && mapper == null && !pending.isEmpty()) {
            findHeader(sheet);
        } else if (!sheetSkipped && mapper == null) {
            notes.add(ImportNote.SHEET_EMPTY.text(sheet));
        }
        flush();
    }

    @Override
    public boolean stopRequested() {
        return stop.getAsBoolean();
    }

    /** After the last sheet: refuses a file in which no sheet had a header, else reports the end. */
    void finish() {
        flush();
        if (sheetsWithHeader == 0) {
            throw new FileRefusedException(noHeaderMessage != null ? noHeaderMessage
                    : fileName + ": the file holds no rows (not even a header)");
        }
        notes.addAll(tallies.notes(fileMapping.profile()));
        out.accept(new Finished(List.copyOf(notes)));
    }

    private String noHeaderMessage;

    private void findHeader(String sheet) {
        HeaderLocator locator = new HeaderLocator(candidates);
        HeaderLocator.Found found = locator.locate(pending);
        List<SourceRow> rowsLookedAt = List.copyOf(pending);
        pending.clear();
        if (found == null) {
            String why = locator.explainFailure(fileName, sheet, rowsLookedAt);
            if (sheet == null) {
                throw new FileRefusedException(why);
            }
            noHeaderMessage = noHeaderMessage == null ? why : noHeaderMessage;
            notes.add(ImportNote.SHEET_WITHOUT_HEADER.text(sheet));
            sheetSkipped = true;
            return;
        }
        if (fileMapping == null) {
            fileMapping = found.mapping();
            candidates = List.of(found.mapping().profile());
            out.accept(new ProfileChosen(found.mapping().profile().name()));
        }
        sheetsWithHeader++;
        tallies.columnsUnread(found.mapping().unreadHeaders());
        mapper = new TicketMapper(fileName, found.mapping(), tallies, serialDatesFrom1904);
        for (SourceRow row : rowsLookedAt.subList(found.index() + 1, rowsLookedAt.size())) {
            map(row);
        }
    }

    private void map(SourceRow row) {
        if (row.blank()) {
            return;
        }
        rows++;
        TicketMapper.Mapped mapped = mapper.map(row);
        if (mapped.ticket() != null) {
            tickets.add(mapped.ticket());
            origins.add(new RowOrigin(row.sheet(), row.rowNumber(), row.cells()));
        } else if (mapped.rejection() != null) {
            rejects.add(mapped.rejection());
        } else {
            filtered++;
        }
        if (tickets.size() + rejects.size() >= CHUNK) {
            flush();
        }
    }

    private void flush() {
        if (tickets.isEmpty() && rejects.isEmpty() && rows == 0 && filtered == 0) {
            return;
        }
        out.accept(new Chunk(tickets, origins, rejects, rows, filtered, bytes.getAsLong()));
        tickets = new ArrayList<>(CHUNK);
        origins = new ArrayList<>(CHUNK);
        rejects = new ArrayList<>();
        rows = 0;
        filtered = 0;
    }
}
