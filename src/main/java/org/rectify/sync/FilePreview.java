package org.rectify.sync;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The first rows of every sheet of a file as the importer reads them, for the mapping wizard:
 * what encoding and delimiter were used (detected or chosen), which sheets look like summaries,
 * and where the header row probably is.
 *
 * @param charset   the character set a text export was decoded with (null for a workbook)
 * @param delimiter the delimiter a text export was split on (null for a workbook)
 * @param serialDatesFrom1904 a workbook whose serial dates count from 1904
 */
public record FilePreview(Path file, FileFacts.FileKind kind, Charset charset, Character delimiter, List<Sheet> sheets,
                          boolean serialDatesFrom1904) {

    /** Rows read per sheet: enough for the header search and a sample below it. */
    public static final int ROWS = HeaderLocator.SEARCH_ROWS + 40;

    /**
     * One sheet's first rows (blank rows left out, numbers as the file shows them).
     * {@code name} is null for a text export; {@code summary} marks a sheet the import skips unless named.
     */
    public record Sheet(String name, boolean summary, List<SourceRow> rows) {

        /** The header row the built-in profiles recognise, else the first row with the most filled cells. */
        public long likelyHeaderRow() {
            if (rows.isEmpty()) {
                return 1;
            }
            List<SourceRow> searched = rows.subList(0, Math.min(rows.size(), HeaderLocator.SEARCH_ROWS));
            HeaderLocator.Found found = new HeaderLocator(BuiltInProfiles.all()).locate(searched);
            if (found != null) {
                return searched.get(found.index()).rowNumber();
            }
            SourceRow best = searched.get(0);
            for (SourceRow row : searched) {
                if (filled(row) > filled(best)) {
                    best = row;
                }
            }
            return best.rowNumber();
        }

        /** The row numbered {@code rowNumber}, or null when it is not among the rows read. */
        public SourceRow row(long rowNumber) {
            return rows.stream().filter(r -> r.rowNumber() == rowNumber).findFirst().orElse(null);
        }

        /** The rows after {@code rowNumber}. */
        public List<SourceRow> below(long rowNumber) {
            return rows.stream().filter(r -> r.rowNumber() > rowNumber).toList();
        }

        private static long filled(SourceRow row) {
            return row.cells().stream().filter(c -> c != null && !c.isBlank()).count();
        }
    }

    /** Reads the first {@link #ROWS} rows of every sheet; a file that cannot be read throws {@link FileRefusedException}. */
    public static FilePreview read(Path file, ReadOptions options) {
        FileFacts facts = FileFacts.of(file);
        if (facts.size() == 0) {
            throw new FileRefusedException(org.rectify.domain.ImportNote.EMPTY_FILE.text(file.getFileName()));
        }
        TableSource source = TableSource.open(file, facts, options);
        List<Sheet> sheets = new ArrayList<>();
        boolean[] from1904 = new boolean[1];
        source.read(new RowSink() {
            private List<SourceRow> rows;

            @Override
            public void serialDatesFrom1904() {
                from1904[0] = true;
            }

            @Override
            public void sheetStarted(String sheet) {
                rows = new ArrayList<>();
            }

            @Override
            public void row(String sheet, long rowNumber, List<String> cells) {
                SourceRow row = new SourceRow(sheet, rowNumber, List.copyOf(cells.stream()
                        .map(c -> c == null ? "" : c).toList()));
                if (!row.blank()) {
                    rows.add(row);
                }
            }

            @Override
            public void sheetEnded(String sheet) {
                sheets.add(new Sheet(sheet, sheet != null && MappingSink.SUMMARY_SHEET.matcher(sheet).matches(),
                        List.copyOf(rows)));
            }

            @Override
            public boolean sheetSeenEnough() {
                return rows.size() >= ROWS;
            }
        });
        if (source instanceof CsvSource csv) {
            return new FilePreview(file, facts.kind(), csv.charset(), csv.delimiter(), sheets, false);
        }
        return new FilePreview(file, facts.kind(), null, null, sheets, from1904[0]);
    }
}
