package org.rectify.store;

/** A store operation failed; the message says what was being done, the cause keeps the SQL error. */
public class StoreException extends RuntimeException {

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
