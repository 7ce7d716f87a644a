package org.rectify.analytics;

/** The KPIs of DESIGN section 4, with how their change is expressed. */
public enum Metric {
    COMPLAINTS("complaints", Change.RELATIVE, Kind.COUNT),
    COMPLAINTS_PER_1000("complaints_per_1000", Change.RELATIVE, Kind.RATE),
    FIRST_CONTACT_RESOLUTION("first_contact_resolution", Change.DIFFERENCE, Kind.SHARE),
    ESCALATIONS_MAJOR("escalations_major", Change.RELATIVE, Kind.COUNT),
    ESCALATIONS_REGULATOR("escalations_regulator", Change.RELATIVE, Kind.COUNT),
    BILLING_DISPUTE_SHARE("billing_dispute_share", Change.DIFFERENCE, Kind.SHARE),
    INSTALL_REPAIR_COMPLAINTS("install_repair_complaints", Change.RELATIVE, Kind.COUNT),
    TOP_PROBLEM_SHARE("top_problem_share", Change.DIFFERENCE, Kind.SHARE);

    /** Relative change (counts, rates) or a difference in percentage points as a fraction (shares). */
    public enum Change { RELATIVE, DIFFERENCE }

    /** What the value is: a whole count, a rate per 1,000, or a fraction 0..1. */
    public enum Kind { COUNT, RATE, SHARE }

    private final String key;
    private final Change change;
    private final Kind kind;

    Metric(String key, Change change, Kind kind) {
        this.key = key;
        this.change = change;
        this.kind = kind;
    }

    public String key() {
        return key;
    }

    public Change change() {
        return change;
    }

    public Kind kind() {
        return kind;
    }
}
