package org.rectify.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class DistrictsTest {

    @Test
    void theSpellingsOfOneDistrictAreOneName() {
        for (String raw : new String[] {"龙华", "龙华区", "龙华分公司", "龙华区分公司", "龙华新区", "龙华新区分公司", " 龙华区 "}) {
            assertEquals("龙华", Districts.normalize(raw), raw);
        }
        assertEquals("大鹏", Districts.normalize("大鹏新区"), "not 大鹏新");
        assertEquals("坪山", Districts.normalize("坪山"));
    }

    @Test
    void aShortNameKeepsWhatLooksLikeASuffix() {
        assertEquals("新区", Districts.normalize("新区"));
        assertEquals("东区", Districts.normalize("东区"));
        assertEquals("城区", Districts.normalize("城区"));
        assertNull(Districts.normalize(null));
    }
}
