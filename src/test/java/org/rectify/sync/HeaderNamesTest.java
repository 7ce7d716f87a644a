package org.rectify.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class HeaderNamesTest {

    @Test
    void headersAreComparedWithoutWhatDoesNotChangeTheirMeaning() {
        assertEquals("受理时间", HeaderNames.normalize("受理\n时间"), "wrapped onto two lines in its Excel cell");
        assertEquals("受理时间", HeaderNames.normalize(" 受 理　时 间 "));
        assertEquals("工单号", HeaderNames.normalize("\uFEFF工单号*"));
        assertEquals("工单号", HeaderNames.normalize("工单号＊"));
        assertEquals("工单id", HeaderNames.normalize("工单ＩＤ"));
        assertEquals("createddate", HeaderNames.normalize("Created  Date"));
        assertEquals("*", HeaderNames.normalize("*"), "a header that is only the mark stays what it is");
        assertNotEquals(HeaderNames.normalize("受理时间"), HeaderNames.normalize("受理时间(系统)"));
    }
}
