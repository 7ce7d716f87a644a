package org.rectify.analytics;

/**
 * Red, amber or green of a KPI against its target: met; missed by at most a tenth of the target
 * (amber: watch it); missed by more (red). A metric without target or value has no status.
 */
public enum TargetStatus {
    MET, NEAR, MISSED, NONE;

    /** How far past the target, as a share of it, still counts as near. */
    static final double NEAR_BAND = 0.10;

    public static TargetStatus of(Metric metric, Double value, Double target) {
        if (value == null || target == null) {
            return NONE;
        }
        double shortfall = metric.higherIsBetter() ? target - value : value - target;
        if (shortfall <= 0) {
            return MET;
        }
        return shortfall <= Math.abs(target) * NEAR_BAND ? NEAR : MISSED;
    }
}
