package org.rectify.sync;

/** A file read as rows: CSV, XLSX or XLS behind one small interface. */
interface TableSource {

    /** Streams every row into the sink; a file that cannot be read throws {@link FileRefusedException}. */
    void read(RowSink sink);

    /** Bytes of the file consumed so far, for progress (an estimate for zipped formats). */
    long bytesRead();

    /** The SHA-256 of the whole file when this source hashed it while reading it to the end, else null. */
    default String contentHash() {
        return null;
    }

    static TableSource open(java.nio.file.Path file, FileFacts facts) {
        return open(file, facts, ReadOptions.DETECT);
    }

    /** A workbook ignores {@code options}: its cells carry their own text. */
    static TableSource open(java.nio.file.Path file, FileFacts facts, ReadOptions options) {
        return switch (facts.kind()) {
            case XLSX -> new XlsxSource(file);
            case XLS -> new XlsSource(file);
            case TEXT -> new CsvSource(file, facts, options);
        };
    }
}
