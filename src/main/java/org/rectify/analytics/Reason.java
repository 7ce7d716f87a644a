package org.rectify.analytics;

import java.util.List;

/**
 * Why a figure has no value, as data: the command line prints {@link #text()} (English), the
 * desktop looks {@link Kind#key()} up in its bundles and fills in {@link #args()}. A reason that
 * belongs to the comparison period says so ({@code comparison}), so a value that is there is
 * never explained by its missing comparison.
 */
public record Reason(Kind kind, List<String> args, boolean comparison) {

    /** The closed set of reasons, each with its English wording ({0}, {1}: the arguments). */
    public enum Kind {
        /** The period has no day inside the data's span: args first day, last day. */
        OUTSIDE_DATA("outside_data", "the data covers {0} … {1}"),
        /** The store holds no complaint at all. */
        NO_DATA("no_data", "the store holds no complaint yet"),
        /** A share over complaints with none in the period. */
        NO_COMPLAINT("no_complaint", "no complaint in the period"),
        /** First-contact resolution with no closure whose flag is known. */
        NO_KNOWN_CLOSURE("no_known_closure", "no closed complaint with a known first-contact flag in the period"),
        /** First-contact resolution under a receiving-channel filter. */
        NOT_PER_CHANNEL("not_per_channel", "first-contact resolution is not kept per receiving channel"),
        /** A district without a subscriber count for a month: args district, month. */
        NO_SUBSCRIBERS("no_subscribers", "no subscriber count for {0} in {1}"),
        /** The districts in scope count 0 subscribers in a month: arg month. */
        ZERO_SUBSCRIBERS("zero_subscribers", "0 subscribers in {0}"),
        /** Beside a value, not instead of one: the figure is 0 because the export has no such category at all. */
        NO_ROLE_CATEGORY("no_role_category", "no category in the store has the role {0}: set the category roles");

        private final String key;
        private final String english;

        Kind(String key, String english) {
            this.key = key;
            this.english = english;
        }

        /** Stable name for bundles and files: {@code reason.<key>}. */
        public String key() {
            return key;
        }
    }

    public Reason {
        args = List.copyOf(args);
    }

    public static Reason of(Kind kind, Object... args) {
        return new Reason(kind, java.util.Arrays.stream(args).map(String::valueOf).toList(), false);
    }

    /** The same reason, said of the comparison period. */
    public Reason ofComparison() {
        return new Reason(kind, args, true);
    }

    /** English, as the command line prints it. */
    public String text() {
        String s = kind.english;
        for (int i = 0; i < args.size(); i++) {
            s = s.replace("{" + i + "}", args.get(i));
        }
        return comparison ? "comparison period: " + s : s;
    }

    @Override
    public String toString() {
        return text();
    }
}
