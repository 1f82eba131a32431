package org.scokg.server.ld;

import java.util.Locale;
import java.util.Optional;
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
        return find(key, lang).orElseThrow(() -> new IllegalArgumentException("no message " + key + " in " + BUNDLE + "_"
                + locale(lang).getLanguage() + ".properties: add it to both languages' files"));
    }

    /** The text of a key in a language, or empty when the bundles do not have the key. */
    public static Optional<String> find(String key, String lang) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale(lang), ONLY_THESE);
        return bundle.containsKey(key) ? Optional.of(bundle.getString(key)) : Optional.empty();
    }

    private static Locale locale(String lang) {
        return "id".equals(lang) ? INDONESIAN : Locale.ENGLISH;
    }
}
