package org.rectify.checklist;

import org.rectify.domain.Period;

/** How many problem items of a trend's scope were put on the checklist and done in one of its periods. */
public record InterventionMark(Period period, int raised, int done) {
}
