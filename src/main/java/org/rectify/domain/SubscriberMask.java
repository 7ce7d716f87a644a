package org.rectify.domain;

/**
 * Masks a subscriber number for display: 13812341234 → 138****1234. Keeps the first three and
 * last four characters of numbers long enough to carry them, and hides shorter ones whole.
 */
public final class SubscriberMask {

    private SubscriberMask() {
    }

    public static String mask(String subscriber) {
        if (subscriber == null || subscriber.isBlank()) {
            return "";
        }
        String s = subscriber.strip();
        if (s.length() < 8) {
            return "*".repeat(s.length());
        }
        return s.substring(0, 3) + "****" + s.substring(s.length() - 4);
    }
}
