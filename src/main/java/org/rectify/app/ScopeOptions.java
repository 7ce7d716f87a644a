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
}
