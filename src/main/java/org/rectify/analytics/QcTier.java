package org.rectify.analytics;

/** QC tiers by first-contact resolution (DESIGN section 4); thresholds are settings. */
public enum QcTier {
    /** ≥ 95 %: 自查自检. */
    SELF_CHECK("self_check", "自查自检"),
    /** 93–95 %: 支撑推动. */
    SUPPORT("support", "支撑推动"),
    /** < 93 %: 督办. */
    SUPERVISION("supervision", "督办");

    private final String key;
    private final String chinese;

    QcTier(String key, String chinese) {
        this.key = key;
        this.chinese = chinese;
    }

    public String key() {
        return key;
    }

    public String chinese() {
        return chinese;
    }

    /**
     * The tier of {@code resolved} out of {@code known}, compared exactly (no floating-point edge at
     * 95 % or 93 %); null when no closure has a known flag.
     */
    public static QcTier of(long resolved, long known, double selfCheckMin, double supportMin) {
        if (known == 0) {
            return null;
        }
        java.math.BigDecimal rate = java.math.BigDecimal.valueOf(resolved)
                .divide(java.math.BigDecimal.valueOf(known), 12, java.math.RoundingMode.HALF_EVEN);
        if (rate.compareTo(java.math.BigDecimal.valueOf(selfCheckMin)) >= 0) {
            return SELF_CHECK;
        }
        return rate.compareTo(java.math.BigDecimal.valueOf(supportMin)) >= 0 ? SUPPORT : SUPERVISION;
    }
}
