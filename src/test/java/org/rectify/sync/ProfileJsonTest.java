package org.rectify.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProfileJsonTest {

    @Test
    void readsEveryPartOfTheFormat() {
        ImportProfile p = ProfileJson.parse("""
                {"name": "x", "headerRow": 3, "sheets": ["龙华"], "columns": {"ticket_id": ["单号", "流水号"]},
                 "join": {"created_at": ["日期", "时间"]}, "dateFormats": ["yyyy.MM.dd HH:mm"],
                 "values": {"district": {"龙华区": "龙华"}}, "constants": {"kind": "抱怨"},
                 "fieldFromSheetName": "district", "filter": {"column": "性质", "keep": ["投诉"]},
                 "ticketIdFrom": ["日期", "号码"], "_note": "ignored"}""", "x.json");
        assertEquals(3, p.headerRow());
        assertEquals(List.of("单号", "流水号"), p.columns().get(CanonicalField.TICKET_ID));
        assertEquals(List.of("日期", "时间"), p.joins().get(CanonicalField.CREATED_AT));
        assertEquals("龙华", p.values().get(CanonicalField.DISTRICT).get("龙华区"));
        assertEquals("抱怨", p.constants().get(CanonicalField.KIND));
        assertEquals(CanonicalField.DISTRICT, p.sheetNameField());
        assertEquals(List.of("投诉"), p.filter().keep());
        assertEquals(List.of("日期", "号码"), p.ticketIdFrom());
    }

    @Test
    void namesTheMistakeInABadProfile() {
        IllegalArgumentException unknownKey = assertThrows(IllegalArgumentException.class,
                () -> ProfileJson.parse("{\"name\": \"x\", \"colums\": {}}", "bad.json"));
        assertTrue(unknownKey.getMessage().contains("bad.json: unknown key \"colums\""), unknownKey.getMessage());
        IllegalArgumentException unknownField = assertThrows(IllegalArgumentException.class,
                () -> ProfileJson.parse("{\"name\": \"x\", \"columns\": {\"ticket\": [\"a\"]}}", "bad.json"));
        assertTrue(unknownField.getMessage().contains("\"ticket\" is not a ticket field"), unknownField.getMessage());
        IllegalArgumentException badDate = assertThrows(IllegalArgumentException.class,
                () -> ProfileJson.parse("{\"name\": \"x\", \"dateFormats\": [\"yyyy-MM-dd {\"]}", "bad.json"));
        assertTrue(badDate.getMessage().contains("is not valid"), badDate.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ProfileJson.parse("{}", "empty.json"));
    }

    @Test
    void theBuiltInProfilesLoadInPreferenceOrder() {
        assertEquals(List.of("standard", "chinese-common", "nyc311"),
                BuiltInProfiles.all().stream().map(ImportProfile::name).toList());
    }

    @Test
    void everyPartOfAProfileIsWrittenAndReadBackTheSame() {
        ImportProfile p = ProfileJson.parse("""
                {"name": "everything", "description": "all keys", "headerRow": 3, "sheets": ["龙华", "坪山"],
                 "columns": {"ticket_id": ["编号"], "created_at": ["日期"], "district": ["区域"], "status": ["状态"]},
                 "join": {"created_at": ["日期", "时刻"]},
                 "dateFormats": ["yyyy.MM.dd HH:mm"],
                 "values": {"status": {"Solved": "已办结", "Open": "处理中"}, "district": {"龙华区": "龙华"}},
                 "constants": {"kind": "抱怨"}, "defaults": {"district": "未知"},
                 "fieldFromSheetName": "service_center",
                 "filter": {"column": "性质", "keep": ["投诉", "抱怨"]},
                 "ticketIdFrom": ["日期", "电话"], "encoding": "GBK", "delimiter": "tab"}""", "everything.json");
        ImportProfile again = ProfileJson.parse(ProfileJson.write(p, java.util.Map.of()), "written");
        assertEquals(p, again);
        assertEquals('\t', again.delimiter());
        assertEquals("GBK", again.readOptions().charset().name());
        IllegalArgumentException badEncoding = assertThrows(IllegalArgumentException.class,
                () -> ProfileJson.parse("{\"name\": \"x\", \"encoding\": \"KLINGON\"}", "bad.json"));
        assertTrue(badEncoding.getMessage().contains("\"encoding\" KLINGON is not a known character set"), badEncoding.getMessage());
        IllegalArgumentException badDelimiter = assertThrows(IllegalArgumentException.class,
                () -> ProfileJson.parse("{\"name\": \"x\", \"delimiter\": \";;\"}", "bad.json"));
        assertTrue(badDelimiter.getMessage().contains("must be one character"), badDelimiter.getMessage());
    }
}
