package org.rectify.domain;

/**
 * Normalises district names as exports spell them: 龙华区, 龙华分公司, 龙华区分公司 and 龙华新区 (Shenzhen's
 * new districts were 新区 until 2017: 龙华新区, 坪山新区, 光明新区, 大鹏新区) are all 龙华.
 */
public final class Districts {

    /** Longest first: 龙华新区分公司 loses 新区分公司, not 区分公司. */
    private static final String[] SUFFIXES = {"新区分公司", "区分公司", "新区", "分公司", "区"};

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
