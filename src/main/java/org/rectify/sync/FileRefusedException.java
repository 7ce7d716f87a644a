package org.rectify.sync;

/** A file that cannot be used at all; nothing of it is imported. The message tells the user what to fix. */
public class FileRefusedException extends RuntimeException {

    public FileRefusedException(String message) {
        super(message);
    }

    public FileRefusedException(String message, Throwable cause) {
        super(message, cause);
    }
}
