package org.rectify.domain;

/** How a file's import ended. */
public enum SyncStatus {
    DONE("done"),
    /** Already imported: the same content hash was seen before. */
    SKIPPED("skipped"),
    /** Unusable file: nothing imported. */
    REFUSED("refused"),
    FAILED("failed"),
    CANCELLED("cancelled");

    private final String code;

    SyncStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static SyncStatus fromCode(String code) {
        for (SyncStatus s : values()) {
            if (s.code.equals(code)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown sync status: " + code);
    }
}
