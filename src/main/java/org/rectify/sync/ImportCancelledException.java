package org.rectify.sync;

/** The user cancelled; the file being imported was rolled back. */
public class ImportCancelledException extends RuntimeException {

    public ImportCancelledException(String fileName) {
        super(fileName + ": import cancelled, nothing of this file was kept");
    }
}
