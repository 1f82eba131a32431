package org.scokg.server.html;

import java.time.Instant;
import java.util.Map;
import org.scokg.server.http.DocumentFormat;
import org.scokg.server.ld.Addresses;
import org.scokg.server.ld.Messages;

/**
 * What every page needs besides its content: the addresses of the site, the language it is written
 * in, the URL of this page without a language choice (for the language switch), the other formats
 * of the same document, and how recent the data is.
 */
public record PageContext(Addresses addresses, String lang, String selfUrl, Map<DocumentFormat, String> alternates,
        Instant dataAsOf, int currentYear) {

    public String t(String key) {
        return Messages.get(key, lang);
    }

    /** This page in another language: a plain link, so the choice works without JavaScript. */
    public String inLanguage(String language) {
        return selfUrl + (selfUrl.contains("?") ? "&" : "?") + "lang=" + language;
    }
}
