package org.rectify.sync;

/** Receives progress of an import and may cancel it (the current file is then rolled back). */
public interface ImportListener {

    ImportListener NONE = new ImportListener() {
    };

    default void progress(ImportProgress progress) {
    }

    default boolean cancelRequested() {
        return false;
    }
}
