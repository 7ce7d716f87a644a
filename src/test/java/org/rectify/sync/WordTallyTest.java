package org.rectify.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class WordTallyTest {

    @Test
    void namesTheFirstFiveWordsAndOnlyCountsTheRest() {
        WordTally kinds = new WordTally();
        assertFalse(kinds.any());
        for (int row = 0; row < 100_000; row++) {
            kinds.add(row % 2 == 0 ? "申告" : "text of row " + row); // a text column taken for the type
        }
        assertEquals(100_000, kinds.rows());
        assertEquals("申告 ×50000, text of row 1 ×1, text of row 3 ×1, text of row 5 ×1, text of row 7 ×1 … 49996 rows of other words",
                kinds.said());
    }

    @Test
    void aSemicolonInAWordCannotSplitTheNotes() {
        WordTally kinds = new WordTally();
        kinds.add("申告;报修");
        assertEquals("申告,报修 ×1", kinds.said());
    }
}
