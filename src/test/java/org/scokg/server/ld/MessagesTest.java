package org.scokg.server.ld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The words of the site come from the two bundles, each read as UTF-8, with the same keys in both. */
class MessagesTest {
    @Test
    void everyKeyIsInBothLanguages() throws IOException {
        Properties en = bundle("en");
        Properties id = bundle("id");
        assertTrue(en.size() > 50, "the English bundle has the site's words: " + en.size());
        assertEquals(en.stringPropertyNames(), id.stringPropertyNames());
        for (String key : en.stringPropertyNames()) {
            assertEquals(en.getProperty(key), Messages.get(key, "en"), key);
            assertEquals(id.getProperty(key), Messages.get(key, "id"), key);
        }
    }

    @Test
    void aLanguageIsChosenByItsCodeAndEnglishServesTheRest() {
        assertEquals("Graf pengetahuan SCO", Messages.get("site", "id"));
        assertEquals("SCO knowledge graph", Messages.get("site", "en"));
        assertEquals("SCO knowledge graph", Messages.get("site", "fr"));
        assertEquals("Bahasa Indonesia", Messages.get("language.name", "id"));
    }

    @Test
    void anUnknownKeyNamesTheFileToAddItTo() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Messages.get("no.such.key", "id"));
        assertTrue(e.getMessage().contains("messages_id.properties"), e.getMessage());
    }

    private static Properties bundle(String lang) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream("messages_" + lang + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
