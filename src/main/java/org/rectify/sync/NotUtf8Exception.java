package org.rectify.sync;

/**
 * A text file read as UTF-8 because its head was, with a byte further on that is not: the import
 * starts again reading GB18030, as it would have had the whole file been checked first.
 */
final class NotUtf8Exception extends RuntimeException {

    NotUtf8Exception(String fileName, Throwable cause) {
        super(fileName + ": not UTF-8 past its first " + FileFacts.HEAD_BYTES + " bytes", cause);
    }
}
