package org.rectify.domain;

import java.util.List;
import java.util.Optional;

/**
 * Why a row was rejected, one template per reason. The store keeps the English text (the command
 * line and exports print it); a screen reads the same text back into its reason and values and
 * says it in the UI's language — one template serves both, so they cannot drift apart.
 */
public enum RowProblem {
    NO_TICKET_ID("ticket number is empty"),
    NO_CREATION_TIME("creation time is empty"),
    BAD_CREATION_TIME("creation time '{0}' is not a date-time"),
    BAD_CLOSING_TIME("closing time '{0}' is not a date-time"),
    CLOSED_BEFORE_CREATED("closing time {0} is before the creation time {1}"),
    NO_DISTRICT("district is empty"),
    BAD_FLAG("'{0}' is neither 是 nor 否"),
    /** No longer given (such a ticket is stored without a score); kept so that rows rejected before read back. */
    BAD_SATISFACTION("satisfaction '{0}' is not a number"),
    DUPLICATE_ID("duplicate id in this file: ticket {0} was read before at {1} (kept); {2} is left out"),
    DUPLICATE_ID_PREVIEW("duplicate id in this file: ticket {0} was read before at {1}");

    private final MessageTemplate template;

    RowProblem(String template) {
        this.template = new MessageTemplate(template, "(.*)", "$");
    }

    /** The key of the reason's words in the UI's bundles. */
    public String key() {
        return "rowProblem." + name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The reason in English with its values, as stored. */
    public String text(Object... values) {
        return template.fill(values);
    }

    /** A stored reason read back: which one, with its values; empty for a text no template makes. */
    public static Optional<Parsed> parse(String reason) {
        if (reason == null) {
            return Optional.empty();
        }
        for (RowProblem problem : values()) {
            Optional<MessageTemplate.Match> match = problem.template.read(reason, 0, true);
            if (match.isPresent()) {
                return Optional.of(new Parsed(problem, match.get().values()));
            }
        }
        return Optional.empty();
    }

    /** A reason read back from its text. */
    public record Parsed(RowProblem problem, List<String> values) {
    }
}
