package org.scokg.article.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The schema.org article a page describes in its JSON-LD ({@code <script type="application/ld+json">}):
 * the first node typed as an article, at the top, in a list or in an {@code @graph}. Read as plain
 * JSON, no JSON-LD processing: outlets write the terms without a context of their own. A script that
 * is not JSON is passed over, as a browser would.
 */
final class JsonLdArticle {
    private static final Set<String> ARTICLE_TYPES = Set.of("NewsArticle", "Article", "ReportageNewsArticle",
            "AnalysisNewsArticle", "BackgroundNewsArticle", "OpinionNewsArticle", "ReviewNewsArticle", "BlogPosting",
            "Report");

    private final JsonObject node;

    private JsonLdArticle(JsonObject node) {
        this.node = node;
    }

    static Optional<JsonLdArticle> of(Document page) {
        for (Element script : page.select("script[type=application/ld+json]")) {
            try {
                Optional<JsonObject> article = find(JSON.parseAny(script.data()), 0);
                if (article.isPresent()) {
                    return article.map(JsonLdArticle::new);
                }
            } catch (RuntimeException notJson) {
                // Jena's JSON parser reports bad input by several unchecked exceptions; the next script may hold it
            }
        }
        return Optional.empty();
    }

    private static Optional<JsonObject> find(JsonValue value, int depth) {
        if (depth > 4) {
            return Optional.empty();
        }
        List<JsonValue> candidates = new ArrayList<>();
        if (value.isArray()) {
            candidates.addAll(value.getAsArray());
        } else if (value.isObject()) {
            JsonObject object = value.getAsObject();
            if (types(object).stream().anyMatch(ARTICLE_TYPES::contains)) {
                return Optional.of(object);
            }
            if (object.hasKey("@graph")) {
                candidates.add(object.get("@graph"));
            }
        }
        for (JsonValue candidate : candidates) {
            Optional<JsonObject> found = find(candidate, depth + 1);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static List<String> types(JsonObject object) {
        return strings(object.get("@type")).stream()
                .map(t -> t.replaceFirst("^(https?://schema\\.org/|schema:)", "")).toList();
    }

    /** The strings of a value: a string, or the strings of a list. */
    private static List<String> strings(JsonValue value) {
        if (value == null) {
            return List.of();
        }
        if (value.isString()) {
            return List.of(value.getAsString().value());
        }
        if (value.isArray()) {
            return value.getAsArray().stream().filter(JsonValue::isString).map(v -> v.getAsString().value()).toList();
        }
        return List.of();
    }

    /** A text field; an object's {@code field} (such as a publisher's name) when {@code field} is given. */
    private Optional<String> text(String key, String... inObject) {
        JsonValue value = node.get(key);
        if (value != null && value.isArray() && !value.getAsArray().isEmpty()) {
            value = value.getAsArray().get(0);
        }
        if (value == null) {
            return Optional.empty();
        }
        if (value.isString()) {
            return Optional.of(value.getAsString().value());
        }
        if (value.isObject()) {
            for (String field : inObject) {
                JsonValue inner = value.getAsObject().get(field);
                if (inner != null && inner.isString()) {
                    return Optional.of(inner.getAsString().value());
                }
            }
        }
        return Optional.empty();
    }

    Optional<String> articleBody() {
        return text("articleBody");
    }

    Optional<String> headline() {
        return text("headline", "@value");
    }

    Optional<String> datePublished() {
        return text("datePublished", "@value");
    }

    Optional<String> publisherName() {
        return text("publisher", "name");
    }

    /** The article's address: its {@code url}, else the page it is the main entity of. */
    Optional<String> url() {
        return text("url", "@id").or(() -> text("mainEntityOfPage", "@id", "url"));
    }

    Optional<String> inLanguage() {
        return text("inLanguage", "alternateName", "name");
    }
}
