package org.scokg.article;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The optional metadata header of a plain-text article: a block at the very top between two lines
 * {@code ---}, one {@code key: value} a line, the keys {@code url}, {@code outlet}, {@code title},
 * {@code published}, {@code retrieved} and {@code language}, each optional and given at most once.
 * An unknown key or a value that is not what its key needs refuses the file, naming the line, so
 * that a typing error does not silently lose the article's provenance.
 */
public final class TextHeader {
    static final String FENCE = "---";

    /** The header's metadata and the article text after it, as it was (the header is not part of the text). */
    public record Split(ArticleMetadata metadata, String text) {}

    private TextHeader() {}

    /** Splits {@code text} (normalised: LF line ends) into its header, if it starts with one, and the text after it. */
    public static Split split(String name, String text) throws ArticleRejectedException {
        if (!text.startsWith(FENCE + "\n") && !text.equals(FENCE)) {
            return new Split(ArticleMetadata.NONE, text);
        }
        String[] lines = text.split("\n", -1);
        int close = 1;
        while (close < lines.length && !lines[close].strip().equals(FENCE)) {
            close++;
        }
        if (close == lines.length) {
            throw new ArticleRejectedException(name, "the metadata header opened by '---' on line 1 is not closed; "
                    + "end it with a line '---' before the article text");
        }
        ArticleMetadata.Builder metadata = new ArticleMetadata.Builder();
        Set<String> seen = new HashSet<>();
        for (int i = 1; i < close; i++) {
            String line = lines[i].strip();
            int lineNumber = i + 1;
            if (line.isEmpty()) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon < 1) {
                throw refused(name, lineNumber, "is not 'key: value'");
            }
            String key = line.substring(0, colon).strip().toLowerCase(java.util.Locale.ROOT);
            String value = line.substring(colon + 1).strip();
            if (!seen.add(key)) {
                throw refused(name, lineNumber, "gives '" + key + "' a second time");
            }
            switch (key) {
                case "url" -> metadata.url(valid(name, lineNumber, key, value, MetadataValues::url,
                        "an absolute http(s) address"));
                case "title" -> metadata.title(valid(name, lineNumber, key, value, MetadataValues::name, "a one-line headline"));
                case "outlet" -> metadata.outlet(valid(name, lineNumber, key, value, MetadataValues::name, "a one-line name"));
                case "published" -> metadata.published(date(name, lineNumber, key, value));
                case "retrieved" -> metadata.retrieved(date(name, lineNumber, key, value));
                case "language" -> metadata.language(valid(name, lineNumber, key, value, MetadataValues::language,
                        "a language tag such as id"));
                default -> throw refused(name, lineNumber, "has the unknown key '" + shortened(key)
                        + "'; the header knows url, outlet, title, published, retrieved and language");
            }
        }
        return new Split(metadata.build(), String.join("\n", java.util.Arrays.asList(lines).subList(close + 1, lines.length)));
    }

    private static LocalDate date(String name, int line, String key, String value) throws ArticleRejectedException {
        return valid(name, line, key, value, MetadataValues::date, "a date such as 2024-07-04 or 2024-07-04T18:25:00+07:00");
    }

    private static <T> T valid(String name, int line, String key, String value, Function<String, Optional<T>> parse,
                               String expected) throws ArticleRejectedException {
        Optional<T> parsed = parse.apply(value);
        if (parsed.isEmpty()) {
            throw refused(name, line, "gives '" + key + "' the value '" + shortened(value) + "', which is not " + expected);
        }
        return parsed.get();
    }

    private static ArticleRejectedException refused(String name, int line, String reason) {
        return new ArticleRejectedException(name, "line " + line + " of the metadata header " + reason
                + " (see 'Input formats' in the README)");
    }

    private static String shortened(String value) {
        return value.length() <= 80 ? value : value.substring(0, 77) + "...";
    }
}
