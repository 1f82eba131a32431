package org.scokg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.scokg.server.ld.Catalogue;
import org.scokg.server.ld.LinkedDataSettings;
import org.scokg.server.ld.LinkedDataSite;

/**
 * What the home page, the sitemap and the VoID are made from: lists bounded; computed once per
 * database state whatever the requests; the sitemap split into an index and parts past its limit.
 */
class PageDataTest {
    /** Addresses per sitemap file in this test, so that the seeds alone need several parts. */
    private static final int SMALL_LIMIT = 7;

    static SeedServer seed;
    static LinkedDataSite site;
    static FusekiServer server;
    static String root;

    @BeforeAll
    static void serve() throws Exception {
        seed = SeedServer.get();
        DatasetGraph dataset = seed.dataset().asDatasetGraph();
        site = new LinkedDataSite(LinkedDataSettings.forBase(seed.root), dataset, Clock.systemUTC(), Duration.ofSeconds(60), 2);
        int port = SeedServer.freePort();
        root = "http://localhost:" + port + "/";
        // No modules: the linked-data module the ServiceLoader finds would serve its own sitemap.
        server = FusekiServer.create().fusekiModules(FusekiModules.create()).port(port).add("/sco", dataset)
                .addServlet("/sitemap.xml", new SitemapServlet(site, SMALL_LIMIT))
                .addServlet("/.well-known/*", new VoidServlet(site))
                .addFilter("/*", RootDocuments.filter(site, Set.of()))
                .build().start();
    }

    @AfterAll
    static void stop() {
        server.stop();
        site.close();
    }

    @Test
    void theHomePageListsAreBoundedAndSayHowManyThereAre() {
        Catalogue catalogue = Catalogue.compute(seed.dataset().asDatasetGraph(), 1);
        assertEquals(1, catalogue.states().size());
        assertEquals(1, catalogue.articles().size());
        assertTrue(catalogue.totals().states() > 1, "the seeds mention several states");
        assertEquals(seed.articleHashes().size(), catalogue.totals().articles());
        assertEquals(seed.iri("state/cn"), catalogue.states().get(0).iri(), "the most mentioned first");
        assertTrue(catalogue.everything().contains(seed.iri("state/ru")), "the sitemap still has every state");

        HttpResponse<byte[]> home = Client.get(root, "Accept", "text/html", "Accept-Language", "en");
        assertEquals(200, home.statusCode());
        String html = Client.text(home);
        String states = section(html, "states");
        assertEquals(2, occurrences(states, "<li>"), "two states: the list size this site was given");
        assertTrue(states.contains("The first 2 of " + catalogue.totals().states()), states);
        assertTrue(html.contains("/dump/sco.nq.gz"), "the home page links the dump");
    }

    @Test
    void theSitemapIsAnIndexOfPartsPastItsLimit() {
        HttpResponse<byte[]> index = Client.get(root + "sitemap.xml");
        assertEquals(200, index.statusCode());
        String xml = Client.text(index);
        assertTrue(xml.contains("<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"), xml);
        List<String> parts = locs(xml);
        assertTrue(parts.size() > 1, xml);
        List<String> all = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            assertEquals(root + "sitemap.xml?page=" + (i + 1), parts.get(i));
            HttpResponse<byte[]> part = Client.get(parts.get(i));
            assertEquals(200, part.statusCode());
            String partXml = Client.text(part);
            assertTrue(partXml.contains("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"));
            List<String> urls = locs(partXml);
            assertTrue(urls.size() <= SMALL_LIMIT && !urls.isEmpty(), partXml);
            if (i < parts.size() - 1) {
                assertEquals(SMALL_LIMIT, urls.size(), "every part but the last is full");
            }
            all.addAll(urls);
        }
        // The parts together are the whole sitemap, each address once, as an unsplit sitemap has it.
        List<String> whole = locs(Client.text(Client.get(seed.root + "sitemap.xml")));
        assertEquals(whole.size(), all.size());
        assertEquals(Set.copyOf(whole).size(), Set.copyOf(all).size());
        assertTrue(all.contains(root + "doc/state/cn") || all.contains(seed.root + "doc/state/cn"));
        assertEquals(404, Client.get(root + "sitemap.xml?page=" + (parts.size() + 1)).statusCode());
        assertEquals(404, Client.get(root + "sitemap.xml?page=0").statusCode());
    }

    @Test
    void pageDataIsComputedOncePerDatabaseStateNotPerRequest() {
        for (int i = 0; i < 5; i++) {
            assertEquals(200, Client.get(root, "Accept", "text/html").statusCode());
            assertEquals(200, Client.get(root + "sitemap.xml?page=1").statusCode());
            assertEquals(200, Client.get(root + ".well-known/void", "Accept", "text/turtle").statusCode());
        }
        assertEquals(2, site.pageDataComputations(), "the statistics once and the catalogue once");
    }

    private static String section(String html, String id) {
        int start = html.indexOf("<section id=\"" + id + "\">");
        assertTrue(start >= 0, "no section " + id);
        return html.substring(start, html.indexOf("</section>", start));
    }

    private static int occurrences(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    private static List<String> locs(String xml) {
        List<String> locs = new ArrayList<>();
        Matcher m = Pattern.compile("<loc>([^<]*)</loc>").matcher(xml);
        while (m.find()) {
            locs.add(m.group(1).replace("&amp;", "&"));
        }
        return locs;
    }
}
