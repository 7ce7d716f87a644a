package org.rectify.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Closing words of Chinese and English exports read as closed; anything else is open. */
class TicketStatusTest {

    @Test
    void closingWordsOfRealExportsAreClosed() {
        for (String word : new String[] {"Solved", "Closed", "Closed with explanation", "Closed with monetary relief",
            "Closed with non-monetary relief", "Resolved", "已办结", "已回复", "已处理", "已完成", "已归档", " closed "}) {
            assertEquals(TicketStatus.CLOSED, TicketStatus.fromRaw(word, false), word);
        }
    }

    @Test
    void otherWordsAreOpenAndABlankFollowsTheClosingTime() {
        for (String word : new String[] {"In progress", "Open", "Pending", "处理中", "待处理", "Untimely response", "Closedown"}) {
            assertEquals(TicketStatus.OPEN, TicketStatus.fromRaw(word, true), word);
        }
        assertEquals(TicketStatus.CLOSED, TicketStatus.fromRaw(" ", true));
        assertEquals(TicketStatus.OPEN, TicketStatus.fromRaw(null, false));
    }
}
