package org.rectify.sync;

import java.util.Iterator;
import java.util.List;

/** The rows of one export file, read as they stream past; memory does not grow with the file. */
public interface RowSource extends Iterator<SourceRow>, AutoCloseable {

    List<String> headers();

    /** Bytes consumed so far, for progress. */
    long bytesRead();

    @Override
    void close();
}
