package org.scokg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.scokg.vocab.SCO;

/**
 * From the SCO's IRI, a client that only follows links reaches every member state and every
 * article: once reading Turtle (the IRIs in the triples, and {@code Link: rel="next"}), once reading
 * HTML (the {@code href}s), as a crawler would. Nothing but what the server hands out is followed.
 */
class FollowLinksTest {
    private static final Pattern HREF = Pattern.compile("href=\"([^\"]+)\"");

    static SeedServer seed;
    static Set<String> memberStates;
    static Set<String> articles;

    @BeforeAll
    static void targets() {
        seed = SeedServer.get();
        memberStates = select("SELECT DISTINCT ?x { GRAPH ?g { ?m a <" + seed.term(SCO.Membership) + "> ; <" + seed.term(SCO.organisation)
                + "> <" + seed.iri("org/sco") + "> ; <" + seed.term(SCO.memberState) + "> ?x } }");
        articles = select("SELECT ?x { GRAPH ?x { ?x a <" + seed.term(SCO.Article) + "> } }");
        assertFalse(memberStates.isEmpty());
        assertFalse(articles.isEmpty());
    }

    @Test
    void followingTurtleLinksReachesEveryMemberStateAndArticle() {
        Set<String> reached = crawl(seed.iri("org/sco"), "text/turtle", response -> {
            Set<String> links = new LinkedHashSet<>();
            Model m = Client.rdf(response, seed.root);
            m.getGraph().find().forEach(t -> {
                for (Node n : List.of(t.getSubject(), t.getObject())) {
                    if (n.isURI()) {
                        links.add(n.getURI());
                    }
                }
            });
            return links;
        });
        assertReachedAll(reached);
    }

    @Test
    void followingHtmlLinksReachesEveryMemberStateAndArticle() {
        Set<String> reached = crawl(seed.iri("org/sco"), "text/html", response -> {
            Set<String> links = new LinkedHashSet<>();
            Matcher m = HREF.matcher(Client.text(response));
            while (m.find()) {
                String href = m.group(1).replace("&amp;", "&");
                links.add(URI.create(response.uri().toString()).resolve(href).toString());
            }
            return links;
        });
        assertReachedAll(reached);
    }

    private static void assertReachedAll(Set<String> reached) {
        Set<String> missingStates = new TreeSet<>(memberStates);
        missingStates.removeAll(reached);
        assertEquals(Set.of(), missingStates, "member states not reached");
        Set<String> missingArticles = new TreeSet<>(articles);
        missingArticles.removeAll(reached);
        assertEquals(Set.of(), missingArticles, "articles not reached");
    }

    /**
     * Breadth first over the server's own addresses: {@code /id/...} by dereferencing (303, then the
     * document), other documents by GET; the next page of a document by its Link header. Stops when
     * every target is reached. Returns the IRIs that dereferenced.
     */
    private static Set<String> crawl(String start, String accept, java.util.function.Function<HttpResponse<byte[]>, Set<String>> links) {
        Set<String> targets = new HashSet<>(memberStates);
        targets.addAll(articles);
        Set<String> seen = new HashSet<>();
        Set<String> reached = new HashSet<>();
        Deque<String> queue = new ArrayDeque<>(List.of(start));
        while (!queue.isEmpty() && !reached.containsAll(targets)) {
            String url = strip(queue.removeFirst());
            if (!seen.add(url) || !followable(url)) {
                continue;
            }
            HttpResponse<byte[]> response = Client.get(url, "Accept", accept);
            if (response.statusCode() == 303) {
                reached.add(url);
                response = Client.get(URI.create(url).resolve(Client.header(response, "Location")).toString(), "Accept", accept);
            }
            if (response.statusCode() != 200 || !accept.equals(Client.mediaType(response))) {
                continue;
            }
            queue.addAll(links.apply(response));
            for (String link : Client.headers(response, "Link")) {
                if (link.endsWith("rel=\"next\"")) {
                    queue.add(link.substring(1, link.indexOf('>')));
                }
            }
        }
        return reached;
    }

    /** The server's own pages only; not the SPARQL endpoint, the UI, or a document in another format. */
    private static boolean followable(String url) {
        if (!url.startsWith(seed.root)) {
            return false;
        }
        String path = url.substring(seed.root.length());
        return path.startsWith("id/") || path.isEmpty()
                || (path.startsWith("doc/") && !path.matches("doc/[^?]*\\.(ttl|jsonld|rdf|nt)(\\?.*)?"))
                || path.equals(".well-known/void");
    }

    private static String strip(String url) {
        int hash = url.indexOf('#');
        return hash >= 0 ? url.substring(0, hash) : url;
    }

    private static Set<String> select(String query) {
        return Txn.calculateRead(seed.dataset(), () -> {
            Set<String> iris = new HashSet<>();
            try (QueryExecution qe = QueryExecution.dataset(seed.dataset()).query(query).build()) {
                qe.execSelect().forEachRemaining(row -> iris.add(row.getResource("x").getURI()));
            }
            return iris;
        });
    }
}
