package org.scokg.server.html;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import org.scokg.server.http.Rendered;
import org.scokg.server.ld.Addresses;
import org.scokg.server.ld.Catalogue;
import org.scokg.server.ld.DatasetStatistics;

/**
 * The home page at {@code /}: what the graph is, where to start (the organisations and states the
 * articles mention most, the latest meetings and articles: lists of a bounded length, whatever the
 * size of the data, each saying how many there are in all), and the ways in for programs (SPARQL,
 * VoID, the ontology, the sitemap, the dump).
 *
 * <p>The Fuseki UI also lives at {@code /} and routes by fragment ({@code /#/dataset/sco/query}),
 * which never reaches the server. So this page carries one line of script, allowed by its hash:
 * a visit to {@code /#/...} is sent on to {@code /?ui#/...}, where the UI loads. Without scripts
 * the page is complete, and links to {@code /?ui#/...} directly.
 */
public final class HomePage {
    static final String UI_REDIRECT = "if(location.hash.indexOf('#/')===0){location.replace('?ui'+location.hash);}";
    public static final String UI_REDIRECT_HASH = sha256Base64(UI_REDIRECT);

    private HomePage() {}

    public static Rendered render(Catalogue catalogue, DatasetStatistics stats, PageContext c) {
        Addresses a = c.addresses();
        String html = Page.render(c, c.t("site"), head -> head.open("script").raw(UI_REDIRECT).close("script"), h -> {
            h.element("h1", c.t("site"));
            h.element("p", c.t("site.tagline"));
            h.open("ul", "class", "badges");
            h.open("li").text(articles(stats.articles(), c)).close("li");
            h.open("li").text(stats.triples() + " " + c.t("triples")).close("li");
            h.open("li").text(stats.entities() + " " + c.t("entities")).close("li");
            h.close("ul");

            h.element("h2", c.t("explore"));
            h.open("ul");
            h.open("li").link(a.sparqlUi(), c.t("nav.sparql")).text(" — Fuseki UI").close("li");
            h.open("li").link(a.sparqlEndpoint(), c.t("sparql.endpoint")).text(" ").element("code", a.sparqlEndpoint()).close("li");
            h.open("li").link(a.ontologyDocument(), c.t("nav.ontology")).close("li");
            h.open("li").link(a.voidDocument(), c.t("nav.void")).text(" (VoID)").close("li");
            h.open("li").link(a.sitemap(), c.t("sitemap")).close("li");
            h.open("li").link(a.dump(), c.t("dump")).text(" (N-Quads, gzip)").close("li");
            h.close("ul");

            Catalogue.Totals totals = catalogue.totals();
            list(h, c, "organisations", catalogue.organisations(), totals.organisations(), catalogue, false);
            list(h, c, "states", catalogue.states(), totals.states(), catalogue, true);
            dated(h, c, "meetings", catalogue.meetings(), totals.meetings(), catalogue);
            dated(h, c, "articles", catalogue.articles(), totals.articles(), catalogue);
        });
        return new Rendered(html.getBytes(StandardCharsets.UTF_8), List.of(), UI_REDIRECT_HASH);
    }

    private static void list(Html h, PageContext c, String key, List<Catalogue.Entry> entries, long total, Catalogue catalogue,
            boolean columns) {
        h.open("section", "id", key);
        h.element("h2", c.t(key));
        h.open("ul", "class", columns ? "cols" : null);
        entries.stream()
                .sorted(java.util.Comparator.comparingLong((Catalogue.Entry e) -> -e.articles())
                        .thenComparing(e -> Labels.of(catalogue.labels(), e.iri(), c.lang())))
                .forEach(e -> h.open("li").link(e.iri(), Labels.of(catalogue.labels(), e.iri(), c.lang()))
                        .text(" (" + articles(e.articles(), c) + ")").close("li"));
        h.close("ul");
        more(h, c, entries.size(), total);
        h.close("section");
    }

    private static void dated(Html h, PageContext c, String key, List<Catalogue.Entry> entries, long total, Catalogue catalogue) {
        h.open("section", "id", key);
        h.element("h2", c.t(key));
        h.open("ul");
        for (Catalogue.Entry e : entries) {
            h.open("li");
            if (e.when() != null) {
                h.element("time", e.when()).text(" — ");
            }
            h.link(e.iri(), Labels.of(catalogue.labels(), e.iri(), c.lang()), "lang", key.equals("articles") ? "id" : null);
            h.close("li");
        }
        h.close("ul");
        more(h, c, entries.size(), total);
        h.close("section");
    }

    /** Where the rest of a list is, when the page shows only its first entries. */
    private static void more(Html h, PageContext c, int shown, long total) {
        if (shown < total) {
            h.open("p").link(c.addresses().sitemap(), String.format(c.t("list.more"), shown, total)).close("p");
        }
    }

    private static String articles(long n, PageContext c) {
        return n + " " + c.t(n == 1 ? "article" : "articles").toLowerCase(java.util.Locale.ROOT);
    }

    static String sha256Base64(String text) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
