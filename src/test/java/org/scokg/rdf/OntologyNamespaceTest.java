package org.scokg.rdf;

import org.scokg.vocab.SCO;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.scokg.store.KnowledgeStore;

/** The one translation between the code's vocabulary and a deployment's: both ways, and nothing else moved. */
class OntologyNamespaceTest {
    static final OntologyNamespace KG = OntologyNamespace.under("https://kg.example.org");

    @Test
    void theNamespaceAndOntologyLiveUnderTheBase() {
        assertEquals("https://kg.example.org/def/sco#", KG.uri());
        assertEquals("https://kg.example.org/def/sco", KG.ontologyIri());
        assertEquals(SCO.NS, OntologyNamespace.CANONICAL.uri());
        assertEquals(SCO.ONTOLOGY_IRI, OntologyNamespace.CANONICAL.ontologyIri());
    }

    @Test
    void onlyTheVocabularyMovesAndItMovesBack() {
        assertEquals("https://kg.example.org/def/sco#Membership", KG.deployed(SCO.Membership.getURI()));
        assertEquals(SCO.Membership.getURI(), KG.canonical(KG.deployed(SCO.Membership.getURI())));
        assertEquals(SCO.DEFAULT_BASE + "id/state/cn", KG.deployed(SCO.DEFAULT_BASE + "id/state/cn"), "resources are Iris' business");
        assertEquals("https://kg.example.org/id/state/cn", KG.canonical("https://kg.example.org/id/state/cn"));
        assertEquals("http://www.w3.org/2002/07/owl#Class", KG.deployed("http://www.w3.org/2002/07/owl#Class"));
        assertEquals("PREFIX sco: <https://kg.example.org/def/sco#> SELECT * { ?s a sco:State }",
                KG.deployedQuery("PREFIX sco: <" + SCO.NS + "> SELECT * { ?s a sco:State }"));
    }

    @Test
    void theOntologyMovesWithItsStatedNamespaceAndComesBackWhole() {
        Model ontology = KnowledgeStore.ontology();
        Model deployed = KG.deployed(ontology);
        assertTrue(deployed.contains(deployed.createResource(KG.ontologyIri()), RDF.type, deployed.createResource(
                "http://www.w3.org/2002/07/owl#Ontology")));
        assertTrue(deployed.contains(null, deployed.createProperty("http://purl.org/vocab/vann/preferredNamespaceUri"), KG.uri()));
        assertEquals(KG.uri(), deployed.getNsPrefixURI("sco"));
        assertTrue(deployed.getGraph().find().toList().stream().noneMatch(t -> t.toString().contains(SCO.DEFAULT_BASE)));
        assertTrue(KG.canonical(deployed).isIsomorphicWith(ontology));
        assertSame(ontology, OntologyNamespace.CANONICAL.deployed(ontology), "nothing to do under the default base");
    }

    @Test
    void theCanonicalViewReadsDeployedDataWithTheCodesTerms() {
        Model data = ModelFactory.createDefaultModel();
        Resource cn = data.createResource("https://kg.example.org/id/state/cn");
        data.add(cn, RDF.type, data.createResource(KG.deployed(SCO.State.getURI())));
        Graph view = KG.canonicalView(data.getGraph());
        assertTrue(view.contains(cn.asNode(), RDF.type.asNode(), SCO.State.asNode()));
        assertEquals(SCO.State.asNode(), view.find(cn.asNode(), Node.ANY, Node.ANY).next().getObject());
    }

    @Test
    void aDatasetsNamespaceIsItsOntologyGraphs() {
        DatasetGraph dataset = DatasetFactory.createTxnMem().asDatasetGraph();
        assertEquals(OntologyNamespace.CANONICAL, OntologyNamespace.of(dataset), "nothing loaded yet");
        Model ontology = KG.deployed(KnowledgeStore.ontology());
        org.apache.jena.system.Txn.executeWrite(dataset, () -> ontology.getGraph().find()
                .forEach(t -> dataset.add(NodeFactory.createURI(KG.ontologyIri()), t.getSubject(), t.getPredicate(), t.getObject())));
        assertEquals(KG, OntologyNamespace.of(dataset));
    }
}
