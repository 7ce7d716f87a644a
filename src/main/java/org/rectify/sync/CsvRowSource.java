package org.rectify.sync;

import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** A comma-separated export with its header on the first line, UTF-8 with or without a BOM. */
public final class CsvRowSource implements RowSource {

    private static final char BOM = '\uFEFF';

    private final Path file;
    private final CountingStream counter;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final List<String> headers;

    public CsvRowSource(Path file) {
        this(file, StandardCharsets.UTF_8);
    }

    public CsvRowSource(Path file, Charset charset) {
        this.file = file;
        try {
            this.counter = new CountingStream(Files.newInputStream(file));
            BufferedReader reader = new BufferedReader(new InputStreamReader(counter, charset), 1 << 16);
            this.parser = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get().parse(reader);
            this.records = parser.iterator();
            this.headers = readHeaders();
        } catch (IOException | UncheckedIOException e) {
            throw new FileRefusedException(file.getFileName() + ": cannot be read as CSV (" + e.getMessage() + ")", e);
        }
    }

    private List<String> readHeaders() {
        if (!records.hasNext()) {
            throw new FileRefusedException(file.getFileName() + ": the file is empty (no header row)");
        }
        List<String> names = new ArrayList<>();
        for (String cell : records.next()) {
            names.add(cell.strip());
        }
        if (!names.isEmpty() && !names.get(0).isEmpty() && names.get(0).charAt(0) == BOM) {
            names.set(0, names.get(0).substring(1).strip());
        }
        return List.copyOf(names);
    }

    @Override
    public List<String> headers() {
        return headers;
    }

    @Override
    public boolean hasNext() {
        try {
            return records.hasNext();
        } catch (UncheckedIOException e) {
            throw new FileRefusedException(file.getFileName() + ": reading stopped near line "
                    + parser.getCurrentLineNumber() + " (" + e.getMessage() + ")", e);
        }
    }

    @Override
    public SourceRow next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        CSVRecord record = records.next();
        List<String> cells = new ArrayList<>(record.size());
        for (String cell : record) {
            cells.add(cell);
        }
        // The header was record 1, so a record's number is the row a spreadsheet shows, even across multi-line cells.
        return new SourceRow(null, record.getRecordNumber(), cells);
    }

    @Override
    public long bytesRead() {
        return counter.count;
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Counts bytes taken from the file so that progress can show the position. */
    private static final class CountingStream extends FilterInputStream {
        private long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
