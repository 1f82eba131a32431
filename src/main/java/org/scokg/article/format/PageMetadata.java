package org.scokg.article.format;

import java.util.Optional;
import java.util.function.Function;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.scokg.article.ArticleMetadata;
import org.scokg.article.MetadataValues;

/**
 * What a saved page says of its article: the schema.org JSON-LD first, then the OpenGraph and
 * {@code article:} meta tags, the canonical link and the page's language. A value that is not what
 * its field needs (a date that is no date) is passed over for the next source, never guessed at.
 */
final class PageMetadata {
    private PageMetadata() {}

    static ArticleMetadata of(Document page, Optional<JsonLdArticle> jsonLd) {
        ArticleMetadata.Builder m = new ArticleMetadata.Builder();
        // the address the page names as its own comes first: a copy may have been saved from another
        first(MetadataValues::url, page.select("link[rel=canonical]").stream().map(e -> e.absUrl("href"))
                .filter(u -> !u.isEmpty()).findFirst(), meta(page, "og:url"), jsonLd.flatMap(JsonLdArticle::url))
                .ifPresent(m::url);
        first(MetadataValues::name, jsonLd.flatMap(JsonLdArticle::headline), meta(page, "og:title")).ifPresent(m::title);
        first(MetadataValues::name, jsonLd.flatMap(JsonLdArticle::publisherName), meta(page, "og:site_name"))
                .ifPresent(m::outlet);
        first(MetadataValues::date, jsonLd.flatMap(JsonLdArticle::datePublished), meta(page, "article:published_time"))
                .ifPresent(m::published);
        Element html = page.selectFirst("html");
        first(MetadataValues::language, jsonLd.flatMap(JsonLdArticle::inLanguage),
                Optional.ofNullable(html).map(e -> e.attr("lang")).filter(l -> !l.isBlank()))
                .ifPresent(m::language);
        return m.build();
    }

    /** The content of {@code <meta property=NAME>} (or {@code name=NAME}, as some pages write it). */
    private static Optional<String> meta(Document page, String name) {
        Element meta = page.selectFirst("meta[property=" + name + "], meta[name=" + name + "]");
        return Optional.ofNullable(meta).map(e -> e.attr("content")).filter(c -> !c.isBlank());
    }

    @SafeVarargs
    private static <T> Optional<T> first(Function<String, Optional<T>> parse, Optional<String>... candidates) {
        for (Optional<String> candidate : candidates) {
            Optional<T> value = candidate.flatMap(parse);
            if (value.isPresent()) {
                return value;
            }
        }
        return Optional.empty();
    }
}
