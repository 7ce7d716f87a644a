package org.rectify.sync;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rectify.domain.RejectedRow;
import org.rectify.domain.Ticket;

/**
 * A profile tried on a file's first rows, as the import would map them: each row's ticket, its
 * rejection and why, or its being filtered out; what the profile misses per sheet; and whether the
 * ticket ids are unique among the rows tried (a second row with an id already seen would be rejected).
 */
public final class ProfileTrial {

    /** One row tried: exactly one of ticket, rejection or filtered. */
    public record Outcome(SourceRow row, Ticket ticket, RejectedRow rejection, boolean filtered) {
    }

    /** A sheet's result: the required fields the profile misses on its header row, or the rows tried. */
    public record SheetTrial(String sheet, List<String> missing, List<Outcome> outcomes) {
        public boolean usable() {
            return missing.isEmpty();
        }
    }

    /**
     * Every sheet's trial; {@code duplicateIds} counts the rows whose id an earlier row tried
     * already had (all of them would be rejected by the import).
     */
    public record Result(List<SheetTrial> sheets, long accepted, long rejected, long filtered, long duplicateIds) {
        public boolean usable() {
            return !sheets.isEmpty() && sheets.stream().allMatch(SheetTrial::usable);
        }
    }

    private ProfileTrial() {
    }

    /**
     * Tries {@code profile} on the sheets of {@code preview} it would read (its {@code sheets}, or
     * every sheet but summaries when it names none); the header row is the profile's, else the likely one.
     */
    public static Result run(ImportProfile profile, FilePreview preview) {
        List<SheetTrial> trials = new ArrayList<>();
        FileTallies tallies = new FileTallies();
        Map<String, SourceRow> firstById = new HashMap<>();
        long accepted = 0;
        long rejected = 0;
        long filtered = 0;
        long duplicates = 0;
        for (FilePreview.Sheet sheet : preview.sheets()) {
            if (!reads(profile, sheet)) {
                continue;
            }
            long headerRow = profile.headerRow() != null ? profile.headerRow() : sheet.likelyHeaderRow();
            SourceRow header = sheet.row(headerRow);
            ColumnMapping mapping = ColumnMapping.resolve(profile, header == null ? List.of() : header.cells());
            if (!mapping.usable()) {
                trials.add(new SheetTrial(sheet.name(), mapping.missing(), List.of()));
                continue;
            }
            TicketMapper mapper = new TicketMapper(preview.file().getFileName().toString(), mapping, tallies,
                    preview.serialDatesFrom1904());
            List<Outcome> outcomes = new ArrayList<>();
            for (SourceRow row : sheet.below(headerRow)) {
                TicketMapper.Mapped mapped = mapper.map(row);
                if (mapped.ticket() != null && firstById.containsKey(mapped.ticket().ticketId())) {
                    SourceRow first = firstById.get(mapped.ticket().ticketId());
                    duplicates++;
                    rejected++;
                    outcomes.add(new Outcome(row, null, new RejectedRow(preview.file().getFileName().toString(), row.sheet(),
                            row.rowNumber(), null, org.rectify.domain.RowProblem.DUPLICATE_ID_PREVIEW.text(mapped.ticket().ticketId(),
                            new org.rectify.domain.RowOrigin(first.sheet(), first.rowNumber(), List.of()).describe()),
                            row.cells()), false));
                } else if (mapped.ticket() != null) {
                    firstById.put(mapped.ticket().ticketId(), row);
                    accepted++;
                    outcomes.add(new Outcome(row, mapped.ticket(), null, false));
                } else if (mapped.rejection() != null) {
                    rejected++;
                    outcomes.add(new Outcome(row, null, mapped.rejection(), false));
                } else {
                    filtered++;
                    outcomes.add(new Outcome(row, null, null, true));
                }
            }
            trials.add(new SheetTrial(sheet.name(), List.of(), outcomes));
        }
        return new Result(trials, accepted, rejected, filtered, duplicates);
    }

    /** Whether the import reads this sheet: named by the profile, or (none named) any sheet but a summary. */
    public static boolean reads(ImportProfile profile, FilePreview.Sheet sheet) {
        if (sheet.name() == null) {
            return true;
        }
        return profile.sheets().isEmpty() ? !sheet.summary() : profile.sheets().contains(sheet.name());
    }
}
