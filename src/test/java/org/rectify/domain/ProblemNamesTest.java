package org.rectify.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProblemNamesTest {

    @Test
    void tidyTrimsFoldsInnerSpaceAndFullWidthForms() {
        assertEquals("Comcast internet", ProblemNames.tidy("  Comcast\u3000\t internet "));
        assertEquals("ADSL故障", ProblemNames.tidy("ＡＤＳＬ故障"));
        assertEquals("宽带(移机)超时", ProblemNames.tidy("宽带（移机）超时"));
        assertEquals("宽带故障", ProblemNames.tidy("宽带故障"), "a clean name stays as it is");
        assertEquals("", ProblemNames.tidy(" \u3000 "));
    }

    @Test
    void caseIsFoldedOnlyInTheKey() {
        assertTrue(ProblemNames.same("Comcast", "comcast"));
        assertTrue(ProblemNames.same("Ｃｏｍｃａｓｔ ", "COMCAST"));
        assertFalse(ProblemNames.same("Comcast", "Comcast billing"));
        // only A-Z: what SQLite's lower() folds, with which the store finds a problem's spellings
        assertFalse(ProblemNames.same("Émission", "émission"));
        assertEquals("Émission", ProblemNames.key("Émission"));
        assertEquals("wifi断线", ProblemNames.key("WiFi断线"));
    }

    @Test
    void spellingsMergeUnderTheMostUsedOne() {
        Map<String, Long> bySpelling = new LinkedHashMap<>();
        bySpelling.put("comcast", 3L);
        bySpelling.put("Comcast", 5L);
        bySpelling.put("COMCAST", 1L);
        bySpelling.put("Verizon", 4L);
        bySpelling.put("", 7L);
        Map<String, Long> merged = ProblemNames.merge(bySpelling);
        assertEquals(Map.of("Comcast", 9L, "Verizon", 4L, "", 7L), merged);
    }

    @Test
    void aTieOfSpellingsIsBrokenTheSameWayWhateverTheOrder() {
        Map<String, Long> one = new LinkedHashMap<>();
        one.put("att", 2L);
        one.put("ATT", 2L);
        Map<String, Long> other = new LinkedHashMap<>();
        other.put("ATT", 2L);
        other.put("att", 2L);
        assertEquals(Map.of("ATT", 4L), ProblemNames.merge(one));
        assertEquals(Map.of("ATT", 4L), ProblemNames.merge(other));
    }
}
