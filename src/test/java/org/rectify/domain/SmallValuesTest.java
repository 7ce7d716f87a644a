package org.rectify.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class SmallValuesTest {

    @Test
    void masksSubscriberNumbersKeepingPrefixAndLastFour() {
        assertEquals("138****1234", SubscriberMask.mask("13812341234"));
        assertEquals("075****5678", SubscriberMask.mask("075512345678"));
        assertEquals("*****", SubscriberMask.mask("12345"));
        assertEquals("", SubscriberMask.mask(null));
        assertEquals("", SubscriberMask.mask("  "));
    }

    @Test
    void normalisesDistrictSuffixes() {
        assertEquals("龙华", Districts.normalize("龙华区"));
        assertEquals("龙华", Districts.normalize(" 龙华区分公司 "));
        assertEquals("坪山", Districts.normalize("坪山分公司"));
        assertEquals("坪山", Districts.normalize("坪山"));
        assertNull(Districts.normalize(null));
    }

    @Test
    void readsKindsAndStatuses() {
        assertEquals(TicketKind.COMPLAINT, TicketKind.fromRaw("抱怨"));
        assertEquals(TicketKind.COMPLAINT, TicketKind.fromRaw(""));
        assertEquals(TicketKind.CONSULTATION, TicketKind.fromRaw("咨询"));
        assertEquals(TicketKind.OTHER, TicketKind.fromRaw("催办"));
        assertEquals(TicketStatus.CLOSED, TicketStatus.fromRaw("已归档", false));
        assertEquals(TicketStatus.OPEN, TicketStatus.fromRaw("处理中", true));
        assertEquals(TicketStatus.CLOSED, TicketStatus.fromRaw(null, true));
        assertEquals(TicketStatus.OPEN, TicketStatus.fromRaw(null, false));
    }
}
