package org.scokg.rdf;

import org.scokg.vocab.SCO;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.scokg.reference.ReferenceData;

/** Every term the loader writes is declared in ontology/sco.ttl. */
class OntologyTermsTest {
    private static final Model ONTOLOGY = DeclaredTerms.ONTOLOGY;

    @Test
    void everyTermOfEveryArticleGraphIsDeclared() {
        List<String> problems = new ArrayList<>();
        Map<Path, Model> graphs = WrittenGraphs.standard();
        assertTrue(graphs.size() >= 2);
        graphs.forEach((file, model) -> DeclaredTerms.undeclared(model).forEach(t -> problems.add(file.getFileName() + ": " + t)));
        assertTrue(problems.isEmpty(), "terms used but not declared in ontology/sco.ttl:\n" + String.join("\n", problems));
    }

    @Test
    void everyTermOfTheReferenceDataIsDeclared() {
        Set<String> missing = DeclaredTerms.undeclared(ReferenceData.load());
        assertTrue(missing.isEmpty(), "reference data uses undeclared terms: " + missing);
    }

    @Test
    void everyScoIriInTheGraphsIsDefinedByTheOntology() {
        // Concepts (sco:FullMember, sco:ScoPlus, sco:Almost ...) as well as classes and properties.
        Set<String> missing = new TreeSet<>();
        WrittenGraphs.standard().values().forEach(model -> model.listStatements().forEachRemaining(s -> {
            for (RDFNode n : List.of(s.getSubject(), s.getPredicate(), s.getObject())) {
                if (n.isURIResource() && n.asResource().getURI().startsWith(SCO.NS)
                        && !ONTOLOGY.contains(n.asResource(), RDF.type)) {
                    missing.add(n.asResource().getURI());
                }
            }
        }));
        assertTrue(missing.isEmpty(), "sco: IRIs in the data without a definition: " + missing);
    }

    @Test
    void everyConstantOfTheScoClassIsDeclared() throws IllegalAccessException {
        List<String> missing = new ArrayList<>();
        int terms = 0;
        for (Field f : SCO.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && Resource.class.isAssignableFrom(f.getType())) {
                Resource term = (Resource) f.get(null);
                terms++;
                if (!ONTOLOGY.contains(term, RDF.type)) {
                    missing.add(f.getName());
                }
            }
        }
        assertTrue(terms > 50, "SCO lists the ontology's terms: " + terms);
        assertTrue(missing.isEmpty(), "SCO constants the ontology does not declare: " + missing);
    }

    @Test
    void theOntologyHasItsHeader() {
        Resource ontology = ONTOLOGY.createResource(SCO.ONTOLOGY_IRI);
        assertTrue(ONTOLOGY.contains(ontology, RDF.type, OWL.Ontology));
        assertTrue(ontology.hasProperty(OWL2.versionIRI), "owl:versionIRI");
        assertTrue(ontology.hasProperty(ONTOLOGY.createProperty("http://purl.org/dc/terms/license")), "dcterms:license");
        assertTrue(ontology.hasProperty(ONTOLOGY.createProperty("http://purl.org/vocab/vann/preferredNamespacePrefix")),
                "vann:preferredNamespacePrefix");
    }

    @Test
    void everyScoTermHasLabelsInEnglishAndIndonesianAndADefinition() {
        List<String> problems = new ArrayList<>();
        ONTOLOGY.listSubjects().forEachRemaining(term -> {
            if (!term.isURIResource() || !term.getURI().startsWith(SCO.NS)) {
                return;
            }
            for (String lang : List.of("en", "id")) {
                if (term.listProperties(RDFS.label).toList().stream().noneMatch(s -> lang.equals(s.getLanguage()))) {
                    problems.add(term.getLocalName() + " has no rdfs:label@" + lang);
                }
            }
            if (!term.hasProperty(SKOS.definition)) {
                problems.add(term.getLocalName() + " has no skos:definition");
            }
        });
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void statusConceptsHaveTheQueryNotations() {
        assertEquals("member", notation(SCO.FullMember));
        assertEquals("observer", notation(SCO.Observer));
        assertEquals("dialogue_partner", notation(SCO.DialoguePartner));
        assertEquals("guest", notation(SCO.Guest));
        assertFalse(ONTOLOGY.listStatements(null, SKOS.notation, (RDFNode) null).toList().isEmpty());
    }

    private static String notation(Resource concept) {
        Statement s = ONTOLOGY.getProperty(concept, SKOS.notation);
        return s == null ? null : s.getString();
    }

    /** owl:versionIRI, which Jena's OWL vocabulary class does not carry. */
    private static final class OWL2 {
        static final org.apache.jena.rdf.model.Property versionIRI =
                org.apache.jena.rdf.model.ResourceFactory.createProperty(OWL.NS + "versionIRI");
    }
}
