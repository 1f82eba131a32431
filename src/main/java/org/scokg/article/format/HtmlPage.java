package org.scokg.article.format;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.scokg.article.ArticleMetadata;

/**
 * A page saved from a news site: its article's own text ({@link ArticleBodyText}) and what the page
 * says of it ({@link PageMetadata}). The text is the JSON-LD {@code articleBody} where the page gives
 * one, as the outlet's own statement of what the article is, unless the page shows clearly more text
 * than it (some outlets put only the first paragraphs there).
 */
public final class HtmlPage {
    /** The share of the page's text below which a JSON-LD articleBody is taken for a teaser. */
    private static final double TEASER_SHARE = 0.8;
    private static final Pattern MARKUP = Pattern.compile("<(p|br|div)[\\s/>]", Pattern.CASE_INSENSITIVE);

    private HtmlPage() {}

    /**
     * @param charset the encoding a server declared, or null to take the page's own ({@code <meta charset>}, else UTF-8)
     * @param address the address the page was captured from, against which its relative links resolve; empty if unknown
     */
    public static SourceText read(InputStream in, String charset, String address) throws IOException {
        return of(Jsoup.parse(in, charset, address));
    }

    static SourceText of(Document page) {
        Optional<JsonLdArticle> jsonLd = JsonLdArticle.of(page);
        ArticleMetadata metadata = PageMetadata.of(page, jsonLd);
        Optional<String> shown = ArticleBodyText.of(page);
        Optional<String> declared = jsonLd.flatMap(JsonLdArticle::articleBody).flatMap(HtmlPage::bodyText);
        int shownLength = shown.map(String::length).orElse(0);
        String text = declared.filter(d -> d.length() >= shownLength * TEASER_SHARE).or(() -> shown).orElse("");
        return new SourceText("", text, metadata);
    }

    /** A JSON-LD articleBody as paragraphs: it is plain text, with entities or markup in it on some sites. */
    private static Optional<String> bodyText(String articleBody) {
        if (MARKUP.matcher(articleBody).find()) {
            return ArticleBodyText.ofFragment(articleBody);
        }
        String text = Parser.unescapeEntities(articleBody, false).strip();
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }
}
