package org.scokg.rdf;

import org.scokg.vocab.SCO;

import org.scokg.article.Article;
import org.scokg.reference.DateValue;
import org.scokg.reference.Entity;
import org.scokg.reference.Names;

/**
 * Mints the graph's IRIs under one base ({@code http://localhost:3030/} unless configured):
 * {@code /id/article/<hash>}, {@code /id/sentence/<hash>-<n>}, {@code /id/<kind>/<hash>-<n>} for the
 * statements of an article, {@code /id/meeting/<date>-<place>} for meetings. Every path segment taken
 * from text goes through {@link Names#slug}, so article text never reaches an IRI unescaped.
 */
public final class Iris {
    private final String base;

    public Iris(String base) {
        this.base = base.endsWith("/") ? base : base + "/";
    }

    public static Iris standard() {
        return new Iris(SCO.DEFAULT_BASE);
    }

    public String base() {
        return base;
    }

    /** The ontology's namespace under this base. */
    public OntologyNamespace namespace() {
        return OntologyNamespace.under(base);
    }

    public String article(Article article) {
        return base + "id/article/" + article.shortHash();
    }

    public String sentence(Article article, int index) {
        return base + "id/sentence/" + article.shortHash() + "-" + index;
    }

    public String statement(String kind, Article article, int n) {
        return base + "id/" + kind + "/" + article.shortHash() + "-" + n;
    }

    public String person(String key) {
        return base + "id/person/" + Names.slug(key);
    }

    /** A news outlet, by its name as its articles give it. */
    public String outlet(String name) {
        return base + "id/outlet/" + Names.slug(name);
    }

    public String referenceGraph() {
        return base + "id/graph/reference";
    }

    /** A meeting's IRI from what identifies it; the article is the fallback for a meeting known by neither date nor place. */
    public String meeting(Entity organisation, DateValue date, Entity place, Article article, int id) {
        if (date != null && place != null) {
            return base + "id/meeting/" + date.lexical() + "-" + Names.slug(place.slug());
        }
        if (date != null && date.isFullDate()) {
            return base + "id/meeting/" + Names.slug(organisation.slug()) + "-" + date.lexical();
        }
        return base + "id/meeting/" + article.shortHash() + "-" + id;
    }

    /** An entity's IRI from the reference data, moved to this base. */
    public String entity(Entity entity) {
        return rebase(entity.iri());
    }

    /** An IRI minted under the default base, moved to this one. */
    public String rebase(String iri) {
        return iri.startsWith(SCO.DEFAULT_BASE + "id/") ? base + iri.substring(SCO.DEFAULT_BASE.length()) : iri;
    }
}
