package org.scokg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.scokg.rdf.Iris;
import org.scokg.server.ld.LinkedDataVocab;
import org.scokg.store.KnowledgeStore;
import org.scokg.vocab.SCO;

/**
 * A deployment whose base is not the default ({@code --base https://kg.example.org/}, served here on a
 * local port as if behind its proxy): every IRI a page or document names under that base, the
 * ontology's classes and properties included, dereferences on this server, and none names the
 * default base's host, which is not there.
 */
class DeploymentNamespaceTest {
    static final String BASE = "https://kg.example.org/";
    static final String DEFAULT_BASE_HOST = SCO.DEFAULT_BASE;
    private static final Pattern ATTRIBUTE = Pattern.compile("(?:href|title)=\"([^\"]+)\"");

    static Path directory;
    static KnowledgeStore store;
    static FusekiServer server;
    static String root;

    @BeforeAll
    static void serve() throws IOException {
        int port = SeedServer.freePort();
        root = "http://localhost:" + port + "/";
        directory = Files.createTempDirectory("sco-namespace-test");
        Iris iris = new Iris(BASE);
        store = KnowledgeStore.open(directory.resolve("tdb2"), iris);
        SeedServer.load(store, iris);
        server = ScoServer.build(store.dataset(), port, iris).start();
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
        SeedServer.delete(directory);
    }

    /** Where this server answers for an IRI under the base (the proxy's job in a real deployment). */
    private static String local(String iri) {
        String noFragment = iri.contains("#") ? iri.substring(0, iri.indexOf('#')) : iri;
        return root + noFragment.substring(BASE.length());
    }

    /** Each IRI under the base, named once per document it lives in, answers 303 (a thing) or 200 (a document). */
    private static void dereferences(Set<String> iris, String where) {
        Set<String> documents = new TreeSet<>();
        iris.stream().filter(i -> i.startsWith(BASE)).forEach(i -> documents.add(local(i)));
        for (String url : documents) {
            int status = Client.get(url, "Accept", "text/turtle").statusCode();
            assertTrue(status == 303 || status == 200, where + ": " + url + " answered " + status);
        }
    }

    private static Set<String> iris(Model m) {
        Set<String> iris = new TreeSet<>();
        m.getGraph().find().forEach(t -> {
            for (Node n : List.of(t.getSubject(), t.getPredicate(), t.getObject())) {
                if (n.isURI()) {
                    iris.add(n.getURI());
                }
            }
        });
        return iris;
    }

    /** The classes and properties a model uses from our vocabulary are all in the deployment's namespace. */
    private static void vocabularyIsDeployed(Model m, String where) {
        Set<String> terms = new TreeSet<>();
        m.getGraph().find().forEach(t -> {
            terms.add(t.getPredicate().getURI());
            if (t.getPredicate().equals(RDF.type.asNode()) && t.getObject().isURI()) {
                terms.add(t.getObject().getURI());
            }
        });
        assertTrue(terms.contains(BASE + "def/sco#memberState") || terms.contains(BASE + "def/sco#Article"),
                where + " uses the vocabulary under the base: " + terms);
        assertTrue(terms.stream().noneMatch(t -> t.startsWith(DEFAULT_BASE_HOST)), where + ": " + terms);
    }

    private static Model document(String url, String accept) {
        HttpResponse<byte[]> response = Client.get(url, "Accept", accept);
        assertEquals(200, response.statusCode(), url + " " + accept);
        return Client.rdf(response, root);
    }

    @Test
    void turtleAndJsonLdDocumentsNameTheVocabularyUnderTheBase() {
        for (String accept : List.of("text/turtle", "application/ld+json", "application/rdf+xml")) {
            Model china = document(root + "doc/state/cn", accept);
            assertTrue(china.contains(china.createResource(BASE + "id/state/cn"), RDF.type, china.createResource(BASE + "def/sco#State")),
                    accept + ": China is a sco:State of this deployment");
            vocabularyIsDeployed(china, "China as " + accept);
            assertTrue(iris(china).stream().noneMatch(i -> i.startsWith(DEFAULT_BASE_HOST)), accept + ": " + iris(china));
            dereferences(iris(china), "China as " + accept);
        }
    }

    @Test
    void htmlPagesLinkTheVocabularyWhereItIsServed() {
        for (String page : List.of("doc/state/cn.html", "doc/org/sco.html", "def/sco.html", ".well-known/void.html")) {
            HttpResponse<byte[]> response = Client.get(root + page);
            assertEquals(200, response.statusCode(), page);
            String html = Client.text(response);
            assertFalse(html.contains(DEFAULT_BASE_HOST), page + " names " + DEFAULT_BASE_HOST);
            Set<String> linked = new TreeSet<>();
            Matcher m = ATTRIBUTE.matcher(html);
            while (m.find()) {
                linked.add(m.group(1).replace("&amp;", "&"));
            }
            assertTrue(linked.stream().anyMatch(l -> l.startsWith(BASE + "def/sco#")), page + " links the vocabulary: " + linked);
            dereferences(linked, page);
        }
    }

    @Test
    void theOntologyTheContextVoidAndServiceDescriptionNameTheDeployment() {
        Model ontology = document(root + "def/sco", "text/turtle");
        assertTrue(ontology.contains(ontology.createResource(BASE + "def/sco"), RDF.type, OWL.Ontology), "the ontology's IRI");
        assertTrue(ontology.contains(ontology.createResource(BASE + "def/sco#Membership"), RDF.type, OWL.Class));
        assertTrue(iris(ontology).stream().noneMatch(i -> i.startsWith(DEFAULT_BASE_HOST)), iris(ontology).toString());
        dereferences(iris(ontology), "the ontology (its version IRI too)");
        assertTrue(Client.text(Client.get(root + "def/sco.ttl")).contains(BASE + "def/sco#"), "its preferred namespace");

        JsonObject context = Json.createReader(new StringReader(Client.text(Client.get(root + "context.jsonld")))).readObject()
                .getJsonObject("@context");
        assertEquals(BASE + "def/sco#", context.getString("sco"));
        assertEquals(BASE + "def/sco#memberState", context.getJsonObject("memberState").getString("@id"));
        for (JsonValue term : context.values()) {
            assertFalse(term.toString().contains(DEFAULT_BASE_HOST), term.toString());
        }

        Model voidDescription = document(root + ".well-known/void", "text/turtle");
        Resource dataset = voidDescription.createResource(root + ".well-known/void#dataset");
        assertTrue(voidDescription.contains(dataset, LinkedDataVocab.vocabulary, voidDescription.createResource(BASE + "def/sco")));
        assertTrue(voidDescription.contains(null, LinkedDataVocab.voidProperty, voidDescription.createResource(BASE + "def/sco#memberState")),
                "VoID's property partitions name the deployment's properties");
        assertTrue(voidDescription.contains(null, LinkedDataVocab.voidClass, voidDescription.createResource(BASE + "def/sco#State")));
        dereferences(iris(voidDescription), "VoID");

        Model service = document(root + "sco/sparql", "text/turtle");
        assertTrue(iris(service).stream().noneMatch(i -> i.startsWith(DEFAULT_BASE_HOST)), iris(service).toString());
    }

    @Test
    void theSparqlEndpointAnswersInTheDeploymentsNamespace() {
        String query = "ASK { <" + BASE + "id/state/cn> a <" + BASE + "def/sco#State> }";
        HttpResponse<byte[]> response = Client.get(root + "sco/sparql?query=" + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8),
                "Accept", "application/sparql-results+json");
        assertEquals(200, response.statusCode());
        assertTrue(Client.text(response).contains("true"), Client.text(response));
        assertFalse(Client.text(Client.get(root, "Accept", "text/html")).contains(DEFAULT_BASE_HOST), "the home page");
    }
}
