package org.scokg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.scokg.server.html.HomePage;
import org.scokg.server.html.PageContext;
import org.scokg.server.html.ResourcePage;
import org.scokg.server.html.Vocabulary;
import org.scokg.server.http.DocumentFormat;
import org.scokg.server.ld.Addresses;
import org.scokg.server.ld.LinkedDataSettings;
import org.scokg.server.ld.LinkedDataSite;
import org.scokg.vocab.SCO;
import org.scokg.vocab.Vocab;

/** The pages a person reads: rendered on the server, in their language, sections by kind, sources quoted, text escaped. */
class HtmlPagesTest {
    static SeedServer seed;

    @BeforeAll
    static void serve() {
        seed = SeedServer.get();
    }

    /** The page a browser ends on: the 303, then the document, with the same headers. */
    private static String page(String iri, String... headers) {
        String[] all = new String[headers.length + 2];
        all[0] = "Accept";
        all[1] = "text/html";
        System.arraycopy(headers, 0, all, 2, headers.length);
        HttpResponse<byte[]> redirect = Client.get(iri, all);
        assertEquals(303, redirect.statusCode());
        HttpResponse<byte[]> response = Client.get(Client.header(redirect, "Location"), all);
        assertEquals(200, response.statusCode());
        assertEquals("text/html", Client.mediaType(response));
        return Client.text(response);
    }

    @Test
    void chinaIsAReadablePage() {
        String html = page(seed.iri("state/cn"));
        assertTrue(html.contains("<h1>China</h1>"), "its name as heading");
        assertTrue(html.contains("Tiongkok"), "and in the other language");
        assertTrue(html.contains("id=\"timeline\""));
        assertTrue(html.contains("<svg"), "a membership timeline as inline SVG");
        assertTrue(html.contains("<h2>Memberships</h2>"));
        assertTrue(html.contains("<h2>Meetings attended</h2>"));
        assertTrue(html.contains("<h2>Pledges</h2>"));
        assertTrue(html.contains("<blockquote lang=\"id\""), "each fact quotes its sentence");
        assertTrue(html.matches("(?s).*Source: <a href=\"" + seed.root + "id/article/[0-9a-f]+#s\\d+\".*"), "linking to the article's page");
        assertTrue(html.contains("href=\"" + Vocab.WD + "Q148\""), "a link to Wikidata");
        for (DocumentFormat f : DocumentFormat.RDF) {
            assertTrue(html.contains("href=\"" + seed.root + "doc/state/cn." + f.suffix() + "\""), "a link to " + f);
        }
        assertTrue(html.contains("<link rel=\"alternate\" type=\"text/turtle\""));
        assertFalse(html.contains("<script"), "readable without JavaScript, and none in it");
    }

    @Test
    void theLanguageFollowsTheBrowser() {
        String id = page(seed.iri("state/cn"), "Accept-Language", "id-ID,id;q=0.9,en;q=0.5");
        assertTrue(id.contains("<html lang=\"id\">"));
        assertTrue(id.contains("<h1>Tiongkok</h1>"));
        assertTrue(id.contains("<h2>Keanggotaan</h2>"));
        assertTrue(id.contains("anggota penuh") || id.contains("Anggota penuh"), "the status concept in Indonesian");
        String en = page(seed.iri("state/cn"), "Accept-Language", "fr, en;q=0.5");
        assertTrue(en.contains("<h1>China</h1>"));
        String fallback = page(seed.iri("state/cn"), "Accept-Language", "fr");
        assertTrue(fallback.contains("<html lang=\"en\">"), "English when neither is asked for");
        HttpResponse<byte[]> chosen = Client.get(seed.root + "doc/state/cn.html?lang=id", "Accept-Language", "en");
        assertTrue(Client.text(chosen).contains("<h1>Tiongkok</h1>"), "the page's own switch wins");
        assertEquals("id", Client.header(chosen, "Content-Language"));
    }

    @Test
    void theScoPageHasItsMembersAndTimeline() {
        String html = page(seed.iri("org/sco"));
        assertTrue(html.contains("<h1>Shanghai Cooperation Organisation</h1>"));
        assertTrue(html.contains("<svg"));
        assertTrue(html.contains("<h2>Members and partners</h2>"));
        assertTrue(html.contains("href=\"" + seed.iri("state/cn") + "\""));
        assertTrue(html.contains("<h2>Meetings</h2>"));
    }

    @Test
    void aMeetingPageListsItsParticipants() {
        String html = page(seed.iri("meeting/2025-09-01-tianjin"));
        assertTrue(html.contains("<h2>Participants</h2>"), html);
        assertTrue(html.contains("Tianjin"));
        assertFalse(html.contains("id=\"timeline\""), "no timeline but for states and organisations");
    }

    @Test
    void anArticlePageShowsItsTextSentenceBySentence() {
        String article = seed.iri("article/" + seed.articleHashes().get(0));
        String html = page(article);
        assertTrue(html.contains("<ol class=\"sentences\" lang=\"id\">"));
        assertTrue(html.contains("<li id=\"s0\""), "anchors for the quotes' links");
        assertTrue(html.contains("sco/get?graph="), "and a link to its named graph");
    }

    @Test
    void theHomePageListsWhereToStart() {
        HttpResponse<byte[]> response = Client.get(seed.root, "Accept", "text/html");
        assertEquals(200, response.statusCode());
        String html = Client.text(response);
        for (String section : List.of("organisations", "states", "meetings", "articles")) {
            assertTrue(html.contains("<section id=\"" + section + "\">"), section);
        }
        assertTrue(html.contains("href=\"" + seed.iri("org/sco") + "\""));
        assertTrue(html.contains("href=\"" + seed.iri("state/cn") + "\""));
        assertTrue(html.contains("href=\"" + seed.root + "?ui#/dataset/sco/query\""), "a link to the SPARQL UI");
        for (String hash : seed.articleHashes()) {
            assertTrue(html.contains(seed.iri("article/" + hash)));
        }
        String policy = Client.header(response, "Content-Security-Policy");
        assertTrue(policy.contains("'sha256-" + HomePage.UI_REDIRECT_HASH + "'"), "only the UI redirect may run: " + policy);
    }

    @Test
    void theFusekiUiStillLoadsAtTheRoot() {
        HttpResponse<byte[]> ui = Client.get(seed.root + "?ui", "Accept", "text/html");
        assertEquals(200, ui.statusCode());
        assertTrue(Client.text(ui).contains("Apache Jena Fuseki"), "the UI's index.html");
        HttpResponse<byte[]> server = Client.get(seed.root + "$/server");
        assertEquals(200, server.statusCode(), "the UI lists datasets from /$/server");
        assertTrue(Client.text(server).contains("/sco"));
        assertEquals(200, Client.get(seed.root + "$/ping").statusCode());
        assertTrue(Client.send("POST", seed.root + "$/datasets?dbName=x&dbType=mem").statusCode() >= 400, "no dataset admin");
    }

    @Test
    void theRootSendsProgramsToTheDatasetDescription() {
        HttpResponse<byte[]> response = Client.get(seed.root, "Accept", "text/turtle");
        assertEquals(303, response.statusCode());
        assertEquals(seed.root + ".well-known/void", Client.header(response, "Location"));
    }

    @Test
    void articleTextIsEscapedEverywhere() {
        String evil = "<script>alert('x')</script><img src=x onerror=alert(1)> & \"quoted\"";
        Model m = ModelFactory.createDefaultModel();
        String base = "http://localhost:3030/";
        Resource article = m.createResource(base + "id/article/feed").addProperty(RDF.type, SCO.Article)
                .addProperty(RDFS.label, evil, "id");
        Resource sentence = m.createResource(base + "id/sentence/feed-0").addProperty(RDF.type, SCO.Sentence)
                .addProperty(SCO.text, evil, "id").addProperty(SCO.inArticle, article).addLiteral(SCO.sentenceIndex, 0);
        Resource state = m.createResource(base + "id/state/xx").addProperty(RDF.type, SCO.State).addProperty(RDFS.label, evil, "en")
                .addProperty(org.apache.jena.vocabulary.OWL.sameAs, m.createResource("javascript:alert(1)"));
        m.createResource(base + "id/pledge/feed-1").addProperty(RDF.type, SCO.Pledge).addProperty(SCO.pledger, state)
                .addProperty(SCO.text, evil, "id").addProperty(Vocab.wasDerivedFrom, sentence);
        m.createResource(base + "id/membership/feed-1").addProperty(RDF.type, SCO.Membership).addProperty(SCO.memberState, state)
                .addProperty(SCO.organisation, m.createResource(base + "id/org/sco")).addProperty(SCO.status, SCO.FullMember)
                .addProperty(Vocab.wasDerivedFrom, sentence);
        var dataset = DatasetFactory.createTxnMem();
        dataset.addNamedModel(article.getURI(), m);
        LinkedDataSite site = new LinkedDataSite(LinkedDataSettings.forBase(base), dataset.asDatasetGraph(), Clock.systemUTC());
        Addresses addresses = new Addresses(base, base, "/sco");
        for (String iri : List.of(state.getURI(), article.getURI(), sentence.getURI())) {
            var description = site.describer().describe(iri, 1).orElseThrow();
            PageContext context = new PageContext(addresses, "en", addresses.document(iri) + ".html", Map.of(), java.time.Instant.now(), 2025);
            String html = new ResourcePage(description, context, new Vocabulary(site.ontology()), addresses.document(iri), null).render();
            assertFalse(html.contains("<script>"), iri);
            assertFalse(html.contains("<img src=x"), iri);
            assertFalse(html.contains("href=\"javascript:"), iri);
            assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"), iri);
            assertNotNull(html);
        }
    }
}
