package org.rectify.domain;

/** Which tickets a figure covers: a district and/or a category, or all when null. */
public record Scope(String district, String category) {

    public static final Scope ALL = new Scope(null, null);
}
