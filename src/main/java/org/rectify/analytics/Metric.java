package org.rectify.analytics;

/** The KPIs of DESIGN section 4, with how their change is expressed. */
public enum Metric {
    COMPLAINTS("complaints", Change.RELATIVE, Kind.COUNT, false),
    COMPLAINTS_PER_1000("complaints_per_1000", Change.RELATIVE, Kind.RATE, false),
    FIRST_CONTACT_RESOLUTION("first_contact_resolution", Change.DIFFERENCE, Kind.SHARE, true),
    ESCALATIONS_MAJOR("escalations_major", Change.RELATIVE, Kind.COUNT, false),
    ESCALATIONS_REGULATOR("escalations_regulator", Change.RELATIVE, Kind.COUNT, false),
    BILLING_DISPUTE_SHARE("billing_dispute_share", Change.DIFFERENCE, Kind.SHARE, false),
    INSTALL_REPAIR_COMPLAINTS("install_repair_complaints", Change.RELATIVE, Kind.COUNT, false),
    TOP_PROBLEM_SHARE("top_problem_share", Change.DIFFERENCE, Kind.SHARE, false),
    REPEAT_COMPLAINT_SHARE("repeat_complaint_share", Change.DIFFERENCE, Kind.SHARE, false);

    /** Relative change (counts, rates) or a difference in percentage points as a fraction (shares). */
    public enum Change { RELATIVE, DIFFERENCE }

    /** What the value is: a whole count, a rate per 1,000, or a fraction 0..1. */
    public enum Kind { COUNT, RATE, SHARE }

    private final String key;
    private final Change change;
    private final Kind kind;
    private final boolean higherIsBetter;

    Metric(String key, Change change, Kind kind, boolean higherIsBetter) {
        this.key = key;
        this.change = change;
        this.kind = kind;
        this.higherIsBetter = higherIsBetter;
    }

    /** Only first-contact resolution should rise; every other metric counts trouble. */
    public boolean higherIsBetter() {
        return higherIsBetter;
    }

    /** The metric with this key, as the command line and the settings name it. */
    public static java.util.Optional<Metric> byKey(String key) {
        return java.util.Arrays.stream(values()).filter(m -> m.key.equals(key)).findFirst();
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
