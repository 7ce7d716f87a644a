package org.rectify.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecentContactsTest {

    @Test
    void packedComplaintsComeBackInOrderFromTheTimeAsked() {
        long[] times = {1_400_000_000L, 1_400_000_000L, 1_400_086_400L, 1_402_592_000L};
        String[] subscribers = {"13800000001", "138 0000 0002", "龙华营业厅", "+86-755-1234"};
        byte[] packed = RecentContacts.pack(times, subscribers, times.length);
        List<String> all = new ArrayList<>();
        RecentContacts.unpack(packed, 0, (time, subscriber) -> all.add(time + " " + subscriber));
        assertEquals(List.of("1400000000 13800000001", "1400000000 138 0000 0002", "1400086400 龙华营业厅",
                "1402592000 +86-755-1234"), all);
        List<String> later = new ArrayList<>();
        RecentContacts.unpack(packed, 1_400_000_001L, (time, subscriber) -> later.add(subscriber));
        assertEquals(List.of("龙华营业厅", "+86-755-1234"), later);
        List<String> none = new ArrayList<>();
        RecentContacts.unpack(RecentContacts.pack(new long[0], new String[0], 0), 0, (time, subscriber) -> none.add(subscriber));
        assertEquals(List.of(), none);
    }
}
