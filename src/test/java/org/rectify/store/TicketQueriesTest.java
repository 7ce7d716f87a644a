package org.rectify.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rectify.domain.TicketFilter;
import org.rectify.sync.ImportListener;
import org.rectify.sync.TicketImporter;
import org.rectify.testing.StandardCsv;

/** The ticket list's search: ticket number, problem, text, and a subscriber by number, last digits or masked form. */
class TicketQueriesTest {

    @TempDir
    Path folder;

    @Test
    void aSubscriberIsFoundByNumberLastDigitsOrMaskedForm() throws Exception {
        try (Store store = Store.open(folder.resolve("data"))) {
            StandardCsv csv = StandardCsv.create();
            String[] subscribers = {"17312349255", "13800009255", "13912345678"};
            for (int i = 0; i < subscribers.length; i++) {
                csv.line(String.join(",", "Q" + i, "2014-05-0" + (i + 1) + " 10:00:00", "", "龙华", "民治服务中心", "抱怨",
                        "装维服务", "宽带修障超时", "10000号", "", "", "处理中", "王伟", subscribers[i], "", "用户反映网速慢"));
            }
            new TicketImporter(new SyncLog(store)).importFile(csv.writeTo(folder.resolve("t.csv")), ImportListener.NONE);
            TicketQueries queries = new TicketQueries(store);
            assertEquals(1, queries.count(TicketFilter.ALL.withText("17312349255")));
            assertEquals(2, queries.count(TicketFilter.ALL.withText("9255")));
            assertEquals(2, queries.count(TicketFilter.ALL.withText("173****9255")), "the tail of the masked form");
            assertEquals(0, queries.count(TicketFilter.ALL.withText("0000")));
            assertEquals(3, queries.count(TicketFilter.ALL.withText("网速慢")));
            assertEquals(1, queries.count(TicketFilter.ALL.withText("Q1")));
        }
        assertEquals("9255", TicketQueries.subscriberTail(" 173****9255 "));
        assertNull(TicketQueries.subscriberTail("宽带"));
        assertNull(TicketQueries.subscriberTail("925"));
    }
}
