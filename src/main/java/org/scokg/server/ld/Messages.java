package org.scokg.server.ld;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The words of the pages and of the dataset's descriptions of itself, in English and Indonesian:
 * {@code messages_en.properties} and {@code messages_id.properties} beside this class (UTF-8).
 */
public final class Messages {
    private static final String BUNDLE = Messages.class.getPackageName() + ".messages";
    /** Only the two bundles: never the JVM's default locale, whatever it is. */
    private static final ResourceBundle.Control ONLY_THESE = ResourceBundle.Control.getNoFallbackControl(
            ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final Locale INDONESIAN = Locale.forLanguageTag("id");

    private Messages() {}

    /** The text of a key in a language: Indonesian for {@code "id"}, English for any other. */
    public static String get(String key, String lang) {
        Locale locale = "id".equals(lang) ? INDONESIAN : Locale.ENGLISH;
        try {
            return ResourceBundle.getBundle(BUNDLE, locale, ONLY_THESE).getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("no message " + key + " in " + BUNDLE + "_" + locale.getLanguage()
                    + ".properties: add it to both languages' files", e);
        }
    }
}
