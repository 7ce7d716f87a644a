package org.rectify.sync;

/** "file, sheet S, row N" for messages; the sheet is left out for CSV. */
final class Where {

    private Where() {
    }

    static String of(String fileName, String sheet, long rowNumber) {
        return fileName + (sheet == null ? "" : ", sheet " + sheet) + ", row " + rowNumber;
    }
}
