package org.scokg.article;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks and normalises the metadata values every input format gives (a header, a saved page, a
 * scraper's fields): an absolute http(s) URL, a date or a date-time (its date kept), a BCP 47
 * language tag. Each method returns empty for a value that is not one, so that each format decides
 * whether that is an error (a header, a JSON Lines field) or a value to ignore (a page's metadata).
 */
public final class MetadataValues {
    /** Longer than any real article address; a longer value is data, not a URL. */
    public static final int MAX_URL_LENGTH = 2_000;
    /** Longer than any real headline or outlet name. */
    public static final int MAX_NAME_LENGTH = 1_000;
    private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");
    private static final Pattern DATE_SPACE_TIME = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2}) (?=\\d{2}:)");

    private MetadataValues() {}

    /** {@code value} as an absolute http or https URL, if it is one. */
    public static Optional<String> url(String value) {
        String v = value.strip();
        if (v.isEmpty() || v.length() > MAX_URL_LENGTH) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(v);
            String scheme = uri.getScheme();
            if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                    || uri.getHost() == null) {
                return Optional.empty();
            }
            return Optional.of(v);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /**
     * The date of {@code value}: an ISO date, or an ISO date-time with or without its offset (also with a
     * space for the {@code T}, as databases write it).
     */
    public static Optional<LocalDate> date(String value) {
        String v = DATE_SPACE_TIME.matcher(value.strip()).replaceFirst("$1T");
        try {
            return Optional.of(LocalDate.parse(v));
        } catch (DateTimeParseException notADate) {
            // a date-time: the date the outlet gives, in its own time zone
        }
        try {
            return Optional.of(OffsetDateTime.parse(v).toLocalDate());
        } catch (DateTimeParseException notOffset) {
            // without an offset, or with a zone name
        }
        try {
            return Optional.of(LocalDateTime.parse(v).toLocalDate());
        } catch (DateTimeParseException notLocal) {
            // last: a zone name
        }
        try {
            return Optional.of(ZonedDateTime.parse(v).toLocalDate());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** {@code value} as a lower-case BCP 47 language tag, {@code in} (Indonesian's old code) as {@code id}. */
    public static Optional<String> language(String value) {
        String v = value.strip().replace('_', '-');
        if (!LANGUAGE_TAG.matcher(v).matches()) {
            return Optional.empty();
        }
        String tag = v.toLowerCase(Locale.ROOT);
        return Optional.of(tag.equals("in") || tag.startsWith("in-") ? "id" + tag.substring(2) : tag);
    }

    /** {@code value} as a one-line name (a title, an outlet), if it is a reasonable one. */
    public static Optional<String> name(String value) {
        String v = value.strip().replaceAll("\\s+", " ");
        if (v.isEmpty() || v.length() > MAX_NAME_LENGTH || CONTROL.matcher(v).find()) {
            return Optional.empty();
        }
        return Optional.of(v);
    }
}
