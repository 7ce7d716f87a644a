package org.rectify.domain;

/**
 * Which tickets a figure covers: a district, a category and/or a receiving channel, or all when
 * null. Only complaint counts are kept per channel; first-contact resolution is not.
 */
public record Scope(String district, String category, String channel) {

    public static final Scope ALL = new Scope(null, null, null);

    public Scope(String district, String category) {
        this(district, category, null);
    }
}
