package org.rectify.domain;

/** Normalises district names as exports spell them (龙华区, 龙华分公司 → 龙华). */
public final class Districts {

    private static final String[] SUFFIXES = {"区分公司", "分公司", "区"};

    private Districts() {
    }

    public static String normalize(String raw) {
        if (raw == null) {
            return null;
        }
        String name = raw.strip();
        for (String suffix : SUFFIXES) {
            // A two-character name such as 坪山 must survive; only strip a real suffix.
            if (name.endsWith(suffix) && name.length() > suffix.length() + 1) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        return name;
    }
}
