package org.rectify.domain;

import java.time.LocalDateTime;

/** One row of an item's history: who changed which field when, from what to what. */
public record ItemChange(long itemId, LocalDateTime changedAt, String changedBy, String field, String oldValue,
                         String newValue) {
}
