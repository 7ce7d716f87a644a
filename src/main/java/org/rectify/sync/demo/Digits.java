package org.rectify.sync.demo;

/** Zero-padded numbers for generated ids and phone numbers (String.format was a visible cost of the demo's first start). */
final class Digits {

    private Digits() {
    }

    /** {@code value} (not negative) with leading zeros to {@code width} digits, as %0<width>d writes it. */
    static String padded(long value, int width) {
        String digits = Long.toString(value);
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }
}
