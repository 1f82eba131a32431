package org.scokg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.scokg.server.http.DocumentFormat;
import org.scokg.server.ld.LinkedDataVocab;
import org.scokg.store.KnowledgeStore;
import org.scokg.vocab.SCO;

/** How a program finds its way in: VoID, the SPARQL service description, the sitemap, the ontology. */
class DiscoveryTest {
    static SeedServer seed;

    @BeforeAll
    static void serve() {
        seed = SeedServer.get();
    }

    @Test
    void theVoidDescriptionCountsTheDataset() {
        HttpResponse<byte[]> response = Client.get(seed.root + ".well-known/void", "Accept", "text/turtle");
        assertEquals(200, response.statusCode());
        assertEquals(seed.root + ".well-known/void.ttl", Client.header(response, "Content-Location"));
        Model m = Client.rdf(response, seed.root);
        Resource dataset = m.createResource(seed.root + ".well-known/void#dataset");
        assertTrue(m.contains(dataset, RDF.type, LinkedDataVocab.Dataset));
        assertEquals(count("SELECT (COUNT(*) AS ?n) { GRAPH <urn:x-arq:UnionGraph> { ?s ?p ?o } }"),
                dataset.getProperty(LinkedDataVocab.triples).getLong());
        assertEquals(seed.root + "id/", dataset.getProperty(LinkedDataVocab.uriSpace).getString());
        assertTrue(m.contains(dataset, LinkedDataVocab.sparqlEndpoint, m.createResource(seed.root + "sco/sparql")));
        assertTrue(m.contains(dataset, LinkedDataVocab.rootResource, m.createResource(seed.iri("org/sco"))));

        // Triples per class: the states.
        Resource states = partition(m, dataset, LinkedDataVocab.classPartition, LinkedDataVocab.voidClass, m.createResource(seed.term(SCO.State)));
        assertEquals(count("SELECT (COUNT(DISTINCT ?s) AS ?n) { GRAPH <urn:x-arq:UnionGraph> { ?s a <" + seed.term(SCO.State) + "> } }"),
                states.getProperty(LinkedDataVocab.entities).getLong());
        assertTrue(states.getProperty(LinkedDataVocab.triples).getLong() > states.getProperty(LinkedDataVocab.entities).getLong());
        partition(m, dataset, LinkedDataVocab.propertyPartition, LinkedDataVocab.voidProperty, m.createResource(seed.term(SCO.memberState)));

        // Triples per named graph, every article's graph among them.
        for (String hash : seed.articleHashes()) {
            String graph = seed.iri("article/" + hash);
            Resource subset = partition(m, dataset, LinkedDataVocab.subset, LinkedDataVocab.name, m.createResource(graph));
            assertEquals(count("SELECT (COUNT(*) AS ?n) { GRAPH <" + graph + "> { ?s ?p ?o } }"),
                    subset.getProperty(LinkedDataVocab.triples).getLong());
        }
        partition(m, dataset, LinkedDataVocab.subset, LinkedDataVocab.name, m.createResource(seed.iri("graph/reference")));

        // The linkset to Wikidata.
        Resource linkset = m.createResource(seed.root + ".well-known/void#wikidata-links");
        assertTrue(m.contains(linkset, RDF.type, LinkedDataVocab.Linkset));
        assertTrue(m.contains(linkset, LinkedDataVocab.linkPredicate, OWL.sameAs));
        assertTrue(m.contains(dataset, LinkedDataVocab.subset, linkset));
        long sameAs = count("SELECT (COUNT(*) AS ?n) { GRAPH <urn:x-arq:UnionGraph> { ?s <" + OWL.sameAs.getURI()
                + "> ?o FILTER(STRSTARTS(STR(?o), 'http://www.wikidata.org/entity/')) } }");
        assertTrue(sameAs > 0);
        assertEquals(sameAs, linkset.getProperty(LinkedDataVocab.triples).getLong());

        for (DocumentFormat format : DocumentFormat.ALL) {
            HttpResponse<byte[]> other = Client.get(seed.root + ".well-known/void." + format.suffix());
            assertEquals(200, other.statusCode(), format.suffix());
            if (format != DocumentFormat.HTML) {
                assertTrue(Client.rdf(other, seed.root).isIsomorphicWith(m), format + " = Turtle");
            }
        }
    }

    private static Resource partition(Model m, Resource dataset, org.apache.jena.rdf.model.Property partitions,
            org.apache.jena.rdf.model.Property key, RDFNode value) {
        return m.listObjectsOfProperty(dataset, partitions).toList().stream().map(RDFNode::asResource)
                .filter(p -> p.hasProperty(key, value)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + partitions.getLocalName() + " for " + value));
    }

    @Test
    void aGetOfTheEndpointWithoutAQueryDescribesTheService() {
        for (String endpoint : List.of("sco/sparql", "sco/query")) {
            HttpResponse<byte[]> response = Client.get(seed.root + endpoint, "Accept", "text/turtle");
            assertEquals(200, response.statusCode(), endpoint);
            Model m = Client.rdf(response, seed.root);
            Resource service = m.listSubjectsWithProperty(RDF.type, LinkedDataVocab.Service).next();
            assertTrue(m.contains(service, LinkedDataVocab.endpoint, m.createResource(seed.root + endpoint)));
            assertTrue(m.contains(service, LinkedDataVocab.supportedLanguage, LinkedDataVocab.SPARQL11Query));
            assertTrue(m.contains(service, LinkedDataVocab.sdFeature, LinkedDataVocab.UnionDefaultGraph));
            assertTrue(m.contains(null, LinkedDataVocab.name, m.createResource(seed.iri("graph/reference"))));
        }
        HttpResponse<byte[]> page = Client.get(seed.root + "sco/sparql", "Accept", "text/html");
        assertEquals("text/html", Client.mediaType(page));
        // The endpoint still answers queries, by GET and by POST.
        String ask = "ASK { ?s a <" + seed.term(SCO.State) + "> }";
        HttpResponse<byte[]> get = Client.get(seed.root + "sco/sparql?query=" + URLEncoder.encode(ask, StandardCharsets.UTF_8),
                "Accept", "application/sparql-results+json");
        assertEquals(200, get.statusCode());
        assertTrue(Client.text(get).contains("true"), "the default graph is the union: " + Client.text(get));
        HttpResponse<byte[]> post = Client.post(seed.root + "sco/query", "application/sparql-query", ask);
        assertEquals(200, post.statusCode());
    }

    @Test
    void theSitemapListsThePages() {
        HttpResponse<byte[]> response = Client.get(seed.root + "sitemap.xml");
        assertEquals(200, response.statusCode());
        assertEquals("application/xml", Client.mediaType(response));
        String xml = Client.text(response);
        assertTrue(xml.contains("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"));
        assertTrue(xml.contains("<loc>" + seed.root + "</loc>"));
        assertTrue(xml.contains("<loc>" + seed.root + "doc/state/cn</loc>"));
        assertTrue(xml.contains("<loc>" + seed.root + "doc/org/sco</loc>"));
        assertTrue(xml.contains("<loc>" + seed.root + "def/sco</loc>"));
        for (String hash : seed.articleHashes()) {
            assertTrue(xml.contains("<loc>" + seed.root + "doc/article/" + hash + "</loc>"));
        }
        assertTrue(xml.contains("<lastmod>"));
        assertTrue(Client.text(Client.get(seed.root + "robots.txt")).contains("Sitemap: " + seed.root + "sitemap.xml"));
    }

    @Test
    void theOntologyDereferencesToTheOwlFileOrItsDocumentation() {
        Model ontology = KnowledgeStore.ontology();
        HttpResponse<byte[]> turtle = Client.get(seed.root + "def/sco", "Accept", "text/turtle");
        assertEquals(200, turtle.statusCode(), "a hash namespace: the document itself, no 303");
        assertEquals(seed.root + "def/sco.ttl", Client.header(turtle, "Content-Location"));
        assertTrue(Client.header(turtle, "Vary").contains("Accept"));
        assertTrue(seed.canonical(Client.rdf(turtle, seed.root)).isIsomorphicWith(ontology), "the OWL file, in this server's namespace");
        for (String type : List.of("application/rdf+xml", "application/ld+json")) {
            HttpResponse<byte[]> response = Client.get(seed.root + "def/sco", "Accept", type);
            assertEquals(type, Client.mediaType(response));
            assertTrue(seed.canonical(Client.rdf(response, seed.root)).isIsomorphicWith(ontology), type);
        }
        String html = Client.text(Client.get(seed.root + "def/sco", "Accept", "text/html"));
        assertTrue(html.contains("<div class=\"term\" id=\"Membership\">"), "each term anchored for /def/sco#Term");
        assertTrue(html.contains("id=\"memberState\""));
        assertTrue(html.contains("Membership") && html.contains("Keanggotaan"), "labels in both languages");
        assertTrue(html.contains("The statement that"), "definitions");
        assertTrue(html.contains("skos:closeMatch"), "alignments");
        assertTrue(html.contains("href=\"http://www.wikidata.org/entity/"), "alignments to Wikidata");
        assertTrue(html.contains("<h2>Classes</h2>") && html.contains("<h2>Object properties</h2>"));
        String indonesian = Client.text(Client.get(seed.root + "def/sco.html", "Accept-Language", "id"));
        assertTrue(indonesian.contains("<h2>Kelas</h2>"));
        assertNotNull(ontology.getResource(SCO.NS + "Membership").getProperty(SKOS.definition));
        assertFalse(ontology.listSubjectsWithProperty(RDFS.label).toList().isEmpty());
    }

    static long count(String query) {
        return Txn.calculateRead(seed.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(seed.dataset()).query(query).build()) {
                return qe.execSelect().next().getLiteral("n").getLong();
            }
        });
    }
}
