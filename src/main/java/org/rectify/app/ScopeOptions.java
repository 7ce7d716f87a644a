package org.rectify.app;

import org.rectify.domain.Scope;
import picocli.CommandLine.Option;

/** {@code --district D --category C --channel C}: the scope the figure commands share (a picocli mixin). */
final class ScopeOptions {

    @Option(names = "--district", paramLabel = "D", description = "only this district (区分公司)")
    String district;

    @Option(names = "--category", paramLabel = "C", description = "only this category (投诉大类)")
    String category;

    @Option(names = "--channel", paramLabel = "C", description = "only complaints received by this channel (受理渠道)")
    String channel;

    Scope scope() {
        return new Scope(district, category, channel);
    }

    /**
     * The scope with the district named as the store knows it: normalised as imports normalise it
     * (仓山区 → 仓山). A district the store does not know is a usage error listing the known ones —
     * never a silent zero.
     */
    Scope resolve(java.util.List<String> known) {
        if (district != null) {
            String normalised = org.rectify.domain.Districts.normalize(district);
            if (!known.contains(normalised)) {
                throw new IllegalArgumentException("unknown district '" + district.strip() + "'; the store knows: "
                        + String.join(", ", known));
            }
            district = normalised;
        }
        return scope();
    }

    /** {@link #resolve}, or prints why and returns null (the command then exits 2). */
    Scope resolveOrSay(java.util.List<String> known, java.io.PrintWriter err) {
        try {
            return resolve(known);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return null;
        }
    }
}
