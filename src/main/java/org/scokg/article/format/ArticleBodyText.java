package org.scokg.article.format;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The article's own paragraphs in a saved page, without the page around them. Generic, with no rule
 * per outlet: the page's furniture is dropped by its elements (navigation, header, footer, asides,
 * figures and captions, scripts, forms), by the names sites give such blocks in their class and id
 * (share bars, bylines, related articles), and by its links (a block that is mostly links, as a
 * "read also" list is); then the article is the element marked as its body ({@code itemprop=articleBody}),
 * else the {@code <article>} with the most paragraph text, else the element with the densest block of
 * {@code <p>} paragraphs.
 */
final class ArticleBodyText {
    private static final String FURNITURE = "nav, header, footer, aside, figure, figcaption, picture, video, audio, "
            + "script, style, noscript, template, form, button, input, select, textarea, iframe, svg, canvas, menu, dialog";
    /** Class and id words of page furniture, as web developers name it. */
    private static final Pattern FURNITURE_NAMES = Pattern.compile(
            "(?:^|[\\s_-])(share|sharing|social|related|recommend\\w*|byline|author|breadcrumbs?|tags?|comments?|"
                    + "newsletter|subscribe|advert\\w*|ads?|promo|caption|sidebar|widget|popular|trending|sponsor\\w*)(?:$|[\\s_-])",
            Pattern.CASE_INSENSITIVE);
    private static final String BLOCKS = "p, li, ul, ol, div, section, table, dl";
    /** A block with more than this share of its text in links is a list of links, not prose. */
    private static final double MAX_LINK_SHARE = 0.5;
    private static final String PARAGRAPHS = "p, blockquote, li";

    private ArticleBodyText() {}

    /** The paragraphs of the article in {@code page}, one a line; empty when the page has none. */
    static Optional<String> of(Document page) {
        Document copy = page.clone();
        removeFurniture(copy);
        Element body = copy.selectFirst("[itemprop=articleBody]");
        if (body == null) {
            body = copy.select("article").stream().max(Comparator.comparingInt(ArticleBodyText::paragraphText)).orElse(null);
        }
        if (body == null || paragraphText(body) == 0) {
            body = densestParagraphBlock(copy);
        }
        return body == null ? Optional.empty() : paragraphs(body);
    }

    /**
     * The paragraphs of an HTML fragment, such as a JSON-LD {@code articleBody} or a scraper's text
     * field written as markup; furniture dropped as in a page.
     */
    static Optional<String> ofFragment(String html) {
        Document fragment = Jsoup.parseBodyFragment(html);
        removeFurniture(fragment);
        return paragraphs(fragment.body());
    }

    private static void removeFurniture(Document page) {
        page.select(FURNITURE).remove();
        page.select("[hidden], [aria-hidden=true]").remove();
        int pageText = paragraphText(page);
        for (Element e : page.getAllElements()) {
            // a block named like furniture that holds most of the page's prose is a wrapper ("content-with-sidebar")
            if (e != page.body() && e.parent() != null
                    && (FURNITURE_NAMES.matcher(e.className()).find() || FURNITURE_NAMES.matcher(e.id()).find())
                    && paragraphText(e) * 2 <= pageText) {
                e.remove();
            }
        }
        for (Element block : page.select(BLOCKS)) {
            if (block.parent() != null && isMostlyLinks(block)) {
                block.remove();
            }
        }
    }

    private static boolean isMostlyLinks(Element block) {
        int text = block.text().length();
        if (text == 0) {
            return false;
        }
        int linked = block.select("a").stream().mapToInt(a -> a.text().length()).sum();
        return linked > text * MAX_LINK_SHARE;
    }

    /** The length of the text of the paragraphs in {@code e} (the measure of a block of prose). */
    private static int paragraphText(Element e) {
        return e.select("p").stream().mapToInt(p -> p.text().length()).sum();
    }

    private static Element densestParagraphBlock(Document page) {
        Element best = null;
        int bestText = 0;
        for (Element e : page.body() == null ? List.<Element>of() : page.body().getAllElements()) {
            int direct = e.children().stream().filter(c -> c.nameIs("p")).mapToInt(p -> p.text().length()).sum();
            if (direct > bestText) {
                best = e;
                bestText = direct;
            }
        }
        return best;
    }

    /** The text of {@code body}'s paragraphs, one a line; its lines of text when it has no paragraph elements. */
    private static Optional<String> paragraphs(Element body) {
        List<String> lines = new ArrayList<>();
        List<Element> blocks = body.select(PARAGRAPHS).stream().filter(e -> !isInParagraph(e, body)).toList();
        if (blocks.isEmpty()) {
            body.select("br").after("\n");
            body.wholeText().lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(lines::add);
        } else {
            blocks.stream().map(Element::text).map(String::strip).filter(t -> !t.isEmpty()).forEach(lines::add);
        }
        return lines.isEmpty() ? Optional.empty() : Optional.of(String.join("\n", lines));
    }

    /** Whether {@code e} is inside another paragraph of {@code body} (a quoted paragraph), whose text holds its own. */
    private static boolean isInParagraph(Element e, Element body) {
        for (Element p = e.parent(); p != null && p != body; p = p.parent()) {
            if (p.is(PARAGRAPHS)) {
                return true;
            }
        }
        return false;
    }
}
