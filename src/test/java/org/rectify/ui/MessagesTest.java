package org.rectify.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rectify.ui.i18n.Messages;

class MessagesTest {

    @AfterEach
    void backToChinese() {
        Messages.use(Messages.CHINESE);
    }

    @Test
    void everyKeyExistsInEveryBundle() throws IOException {
        Properties base = load("messages.properties");
        Properties chinese = load("messages_zh_CN.properties");
        Properties english = load("messages_en.properties");
        assertEquals(new TreeSet<>(base.stringPropertyNames()), new TreeSet<>(english.stringPropertyNames()));
        assertEquals(new TreeSet<>(base.stringPropertyNames()), new TreeSet<>(chinese.stringPropertyNames()));
        for (String key : base.stringPropertyNames()) {
            assertTrue(!english.getProperty(key).isBlank(), key);
        }
    }

    @Test
    void chineseIsTheDefaultAndEnglishCanBeChosen() {
        assertEquals("工单", Messages.get("nav.tickets"));
        assertEquals("共 1,234,567 张工单", Messages.format("tickets.count", 1_234_567L));
        Messages.use(Messages.localeFor("en"));
        assertEquals("Tickets", Messages.get("nav.tickets"));
        assertEquals("1,234,567 tickets", Messages.format("tickets.count", 1_234_567L));
        assertEquals(Locale.SIMPLIFIED_CHINESE, Messages.localeFor("zh-CN"));
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream(name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
