package org.rectify.store;

/** Another process holds the store's writer lock. */
public class StoreBusyException extends StoreException {

    public StoreBusyException(String message) {
        super(message);
    }
}
