package org.rectify.sync;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.RecordWrapper;
import java.io.Closeable;
import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The records of a CSV text, each a list of its own (an empty line is one empty cell), read by
 * FastCSV: it lexes a block of characters at a time, where commons-csv took them one by one (the
 * reader thread's largest cost on a big export). FastCSV refuses text after a closing quote itself,
 * but closes a quote left open at the end of the file without a word, taking every line after it
 * into one cell; this class finds that by counting quote marks. A quoted cell holds its opening and
 * closing marks and two for each quote inside, a plain cell its quotes as they are: when the text
 * holds one mark fewer than its cells need, the last quote was never closed.
 */
final class CsvRecords implements Iterator<List<String>>, Closeable {

    private final QuoteCountingReader text;
    private final CellsHandler cells = new CellsHandler();
    private final CsvReader<List<String>> reader;
    private final Iterator<List<String>> records;
    /** One record read ahead: the last one is checked for an open quote before it is given out. */
    private List<String> ahead;
    /** Records taken from the parser, the one ahead included. */
    private long parsed;

    CsvRecords(Reader source, char delimiter) {
        this.text = new QuoteCountingReader(source);
        this.reader = CsvReader.builder().fieldSeparator(delimiter).skipEmptyLines(false).ignoreDifferentFieldCount(true)
                .acceptCharsAfterQuotes(false).build(cells, text);
        this.records = reader.iterator();
        this.ahead = fetch();
    }

    private List<String> fetch() {
        try {
            if (!records.hasNext()) {
                return null;
            }
            List<String> record = records.next();
            parsed++;
            return record;
        } catch (CsvParseException e) {
            throw new BrokenRecordException(BrokenRecordException.kindOf(e), parsed + 1, e);
        }
    }

    @Override
    public boolean hasNext() {
        return ahead != null;
    }

    /**
     * The next record.
     *
     * @throws BrokenRecordException when this record or the one after it breaks the quoting rules
     */
    @Override
    public List<String> next() {
        if (ahead == null) {
            throw new NoSuchElementException();
        }
        List<String> record = ahead;
        ahead = fetch();
        if (ahead == null && text.quotes != cells.quotesNeeded) {
            throw new BrokenRecordException(BrokenRecordException.Kind.UNCLOSED_QUOTE, parsed, null);
        }
        return record;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }

    /** A record that cannot be read as CSV: why, and its row (records counted from the file's first). */
    static final class BrokenRecordException extends RuntimeException {

        enum Kind { UNCLOSED_QUOTE, TEXT_AFTER_QUOTE, CELL_TOO_LONG, OTHER }

        private final Kind kind;
        private final long row;

        BrokenRecordException(Kind kind, long row, CsvParseException cause) {
            super(kind + " in row " + row, cause);
            this.kind = kind;
            this.row = row;
        }

        Kind kind() {
            return kind;
        }

        long row() {
            return row;
        }

        /** FastCSV says which rule broke only in its messages' words. */
        static Kind kindOf(CsvParseException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                String message = String.valueOf(t.getMessage());
                if (message.contains("after closing quote")) {
                    return Kind.TEXT_AFTER_QUOTE;
                }
                if (message.contains("maximum buffer size")) {
                    return Kind.CELL_TOO_LONG;
                }
            }
            return Kind.OTHER;
        }
    }

    /** Builds each record's cells and adds up the quote marks a well-formed text needs for them. */
    private static final class CellsHandler extends AbstractBaseCsvCallbackHandler<List<String>> {
        private String[] fields = new String[32];
        private ColumnCells[] columns = new ColumnCells[32];
        private int count;
        private long quotesNeeded;

        @Override
        protected void handleBegin(long startingLineNumber) {
            count = 0;
        }

        @Override
        protected void handleField(int index, char[] buffer, int offset, int length, boolean quoted) {
            if (count == fields.length) {
                fields = Arrays.copyOf(fields, count * 2);
                columns = Arrays.copyOf(columns, count * 2);
            }
            ColumnCells column = columns[count];
            if (column == null) {
                column = columns[count] = new ColumnCells();
            }
            String value = column.of(buffer, offset, length);
            long inside = quotesIn(value);
            quotesNeeded += quoted ? 2 + 2 * inside : inside;
            fields[count++] = value;
        }

        /** String.indexOf is vectorised: most cells have no quote and cost one scan. */
        private static long quotesIn(String value) {
            long found = 0;
            for (int at = value.indexOf('"'); at >= 0; at = value.indexOf('"', at + 1)) {
                found++;
            }
            return found;
        }

        @Override
        protected RecordWrapper<List<String>> buildRecord() {
            String[] record = count == 0 ? new String[] {""} : Arrays.copyOf(fields, count);
            return wrapRecord(Arrays.asList(record));
        }
    }

    /** Counts the quote marks of the text as the parser takes it. */
    private static final class QuoteCountingReader extends FilterReader {
        private long quotes;

        QuoteCountingReader(Reader in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            if (c == '"') {
                quotes++;
            }
            return c;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            long found = 0;
            for (int i = offset; i < offset + n; i++) {
                if (buffer[i] == '"') {
                    found++;
                }
            }
            quotes += found;
            return n;
        }
    }

    /**
     * One String for each distinct short value of a column whose values repeat — districts,
     * categories, problems, 是/否 — so that a big file's repeated names are not made into new Strings
     * row after row (the reader's largest allocation; their hashes, computed once, then serve every
     * later look-up). A column whose values mostly differ (ticket numbers, times, free text) is
     * found out within its first rows and read as before.
     */
    static final class ColumnCells {
        private static final int SLOTS = 1024;
        private static final int MAX_LENGTH = 64;
        private static final int PROBES = 4;
        /** Look-ups over which a column is judged: it stays shared while at least half of them hit. */
        private static final int WINDOW = 4096;

        private final String[] slots = new String[SLOTS];
        private boolean shared = true;
        private int lookups;
        private int hits;

        String of(char[] buffer, int offset, int length) {
            if (!shared || length > MAX_LENGTH) {
                return new String(buffer, offset, length);
            }
            int hash = 0;
            for (int i = offset; i < offset + length; i++) {
                hash = 31 * hash + buffer[i];
            }
            if (++lookups == WINDOW) {
                shared = hits * 2 >= WINDOW;
                lookups = 0;
                hits = 0;
            }
            // open addressing over a few slots: two frequent names with one hash must not evict each other
            int first = (hash ^ (hash >>> 16)) & (SLOTS - 1);
            int free = -1;
            for (int probe = 0; probe < PROBES; probe++) {
                int slot = (first + probe) & (SLOTS - 1);
                String known = slots[slot];
                if (known == null) {
                    free = free < 0 ? slot : free;
                } else if (sameText(known, buffer, offset, length)) {
                    hits++;
                    return known;
                }
            }
            String value = new String(buffer, offset, length);
            slots[free < 0 ? first : free] = value;
            return value;
        }

        private static boolean sameText(String known, char[] buffer, int offset, int length) {
            if (known.length() != length) {
                return false;
            }
            for (int i = 0; i < length; i++) {
                if (known.charAt(i) != buffer[offset + i]) {
                    return false;
                }
            }
            return true;
        }

        boolean shared() {
            return shared;
        }
    }
}
