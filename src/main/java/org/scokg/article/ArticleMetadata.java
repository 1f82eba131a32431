package org.scokg.article;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What is known of an article besides its text: where it was published and when, as its source
 * (a header, a saved page's metadata, a web archive record, a scraper's fields) states it.
 * Nothing here is guessed: a field the source does not give is empty.
 *
 * @param url the article's own address on its outlet's site (the canonical one where the page names it)
 * @param title the headline as the outlet gives it
 * @param outlet the outlet's name (or its domain, when that is all the source gives)
 * @param published the date the outlet published the article; relative dates in the text are read against it
 * @param retrieved the date the copy was taken (a web archive's capture date, a scraper's fetch date)
 * @param language the BCP 47 tag the source declares (e.g. {@code id})
 */
public record ArticleMetadata(
        Optional<String> url,
        Optional<String> title,
        Optional<String> outlet,
        Optional<LocalDate> published,
        Optional<LocalDate> retrieved,
        Optional<String> language) {

    public static final ArticleMetadata NONE = new ArticleMetadata(
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    /** The metadata with {@code other}'s fields where this has none. */
    public ArticleMetadata orElse(ArticleMetadata other) {
        return new ArticleMetadata(url.or(other::url), title.or(other::title), outlet.or(other::outlet),
                published.or(other::published), retrieved.or(other::retrieved), language.or(other::language));
    }

    /** Collects the fields as a reader finds them; a field set twice keeps its first value. */
    public static final class Builder {
        private String url;
        private String title;
        private String outlet;
        private LocalDate published;
        private LocalDate retrieved;
        private String language;

        public Builder url(String value) { url = url == null ? value : url; return this; }
        public Builder title(String value) { title = title == null ? value : title; return this; }
        public Builder outlet(String value) { outlet = outlet == null ? value : outlet; return this; }
        public Builder published(LocalDate value) { published = published == null ? value : published; return this; }
        public Builder retrieved(LocalDate value) { retrieved = retrieved == null ? value : retrieved; return this; }
        public Builder language(String value) { language = language == null ? value : language; return this; }

        public ArticleMetadata build() {
            return new ArticleMetadata(Optional.ofNullable(url), Optional.ofNullable(title), Optional.ofNullable(outlet),
                    Optional.ofNullable(published), Optional.ofNullable(retrieved), Optional.ofNullable(language));
        }
    }
}
