package org.scokg.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

/** The registry of kinds is the ontology's classes under sco:Fact, with display.ttl's data for each. */
class FactKindsTest {
    private static final Model ONTOLOGY = RDFDataMgr.loadModel(FactKinds.ONTOLOGY);
    private static final Model DISPLAY = RDFDataMgr.loadModel(FactKinds.DISPLAY);
    private static final List<String> LANGUAGES = List.of("en", "id");

    private static Model both() {
        return ModelFactory.createDefaultModel().add(ONTOLOGY).add(DISPLAY);
    }

    /** The subclasses of sco:Fact at any depth, found by SPARQL rather than by the registry's own walk. */
    private static Set<String> factClasses(Model model) {
        Set<String> classes = new TreeSet<>();
        String query = "SELECT ?c { ?c <" + RDFS.subClassOf + ">+ <" + SCO.Fact + "> }";
        try (QueryExecution q = QueryExecution.model(model).query(query).build()) {
            q.execSelect().forEachRemaining(row -> classes.add(row.getResource("c").getURI()));
        }
        return classes;
    }

    @Test
    void everyFactClassOfTheOntologyIsAKindWithDisplayData() {
        Set<String> facts = factClasses(ONTOLOGY);
        assertEquals(10, facts.size(), "the ontology's facts: " + facts);
        FactKinds kinds = FactKinds.standard();
        for (String iri : facts) {
            Resource type = ResourceFactory.createResource(iri);
            FactKind kind = kinds.of(type).orElseThrow(() -> new AssertionError(iri + " is not in the registry"));
            assertTrue(kind.countName().isPresent(), iri + " is counted in load summaries");
            assertTrue(kind.section().isPresent(), iri + " has a section on pages");
            assertFalse(kind.summary().isEmpty(), iri + " has a summary");
            for (String lang : LANGUAGES) {
                assertTrue(kind.labels().byLanguage().containsKey(lang), iri + " label in " + lang);
                assertTrue(kind.section().get().heading().byLanguage().containsKey(lang), iri + " heading in " + lang);
                kind.sectionsOn().forEach(s -> assertTrue(s.section().heading().byLanguage().containsKey(lang),
                        iri + " heading on " + s.viewpoint() + " in " + lang));
                kind.summary().forEach(part -> part.word().ifPresent(w -> assertTrue(w.byLanguage().containsKey(lang),
                        iri + " summary word before " + part.property() + " in " + lang)));
            }
        }
    }

    @Test
    void theKindsAreTheFactsAndTheStatementKindsOfDisplay() {
        Set<String> expected = factClasses(ONTOLOGY);
        DISPLAY.listSubjectsWithProperty(RDF.type, Display.StatementKind).forEach(r -> expected.add(r.getURI()));
        Set<String> registered = new TreeSet<>();
        FactKinds.standard().all().forEach(k -> registered.add(k.type().getURI()));
        assertEquals(expected, registered);
        assertTrue(registered.contains(SCO.Mention.getURI()) && registered.contains(SCO.QualityNote.getURI()),
                "mentions and quality notes carry provenance as statements do: " + registered);
    }

    @Test
    void theOrderIsDisplayTtlsOrder() {
        List<Integer> orders = FactKinds.standard().all().stream().map(FactKind::order).toList();
        List<Integer> fromFile = new ArrayList<>();
        FactKinds.standard().all().forEach(k -> fromFile.add(DISPLAY.getRequiredProperty(k.type(), Display.order).getInt()));
        assertEquals(fromFile, orders);
        assertEquals(orders.stream().sorted().toList(), orders, "ascending");
        // Pledges and claims number their quantities in one sequence: pledges first keeps the IRIs.
        assertTrue(FactKinds.standard().get(SCO.Pledge).order() < FactKinds.standard().get(SCO.StatisticalClaim).order());
    }

    @Test
    void aNewClassUnderFactIsANewKindWithoutCodeChanges() {
        Model model = both();
        Resource treaty = model.createResource(SCO.NS + "Treaty")
                .addProperty(RDF.type, OWL.Class)
                .addProperty(RDFS.subClassOf, SCO.Fact)
                .addProperty(RDFS.label, "Treaty", "en")
                .addProperty(RDFS.label, "Perjanjian", "id");
        Resource section = model.createResource(Display.NS + "treaties")
                .addProperty(Display.anchor, "treaties")
                .addProperty(RDFS.label, "Treaties signed", "en")
                .addProperty(RDFS.label, "Perjanjian yang ditandatangani", "id");
        Resource at = model.createResource(Display.NS + "at");
        RDFNode parts = model.createList(
                model.createResource().addProperty(Display.property, RDFS.label),
                model.createResource().addProperty(Display.word, at).addProperty(Display.property, SCO.meeting));
        treaty.addLiteral(Display.order, 13L)
                .addProperty(Display.pathSegment, "treaty")
                .addProperty(Display.countName, "treaties")
                .addProperty(Display.section, section)
                .addProperty(Display.summary, parts);
        // A subclass of a fact is a fact too.
        model.createResource(SCO.NS + "Charter").addProperty(RDFS.subClassOf, treaty)
                .addProperty(RDFS.label, "Charter", "en")
                .addLiteral(Display.order, 14L)
                .addProperty(Display.pathSegment, "charter")
                .addProperty(Display.summary, model.createList(model.createResource().addProperty(Display.property, RDFS.label)));

        FactKinds kinds = FactKinds.of(model);
        assertEquals(FactKinds.standard().all().size() + 2, kinds.all().size());
        FactKind kind = kinds.all().get(kinds.all().size() - 2);
        assertEquals(SCO.NS + "Treaty", kind.type().getURI());
        assertEquals("Perjanjian", kind.label("id"));
        assertEquals("treaty", kind.pathSegment());
        assertEquals(Optional.of("treaties"), kind.countName());
        assertEquals("Perjanjian yang ditandatangani", kind.sectionFor(t -> false).orElseThrow().heading().in("id"));
        assertEquals(List.of(RDFS.label, SCO.meeting), kind.summary().stream().map(FactKind.SummaryPart::property).toList());
        assertEquals("di", kind.summary().get(1).word().orElseThrow().in("id"));
        FactKind charter = kinds.all().get(kinds.all().size() - 1);
        assertEquals(SCO.NS + "Charter", charter.type().getURI());
        assertEquals("Charter", charter.label("id"), "English when there is no Indonesian label");
        assertTrue(charter.section().isEmpty());
    }

    @Test
    void aFactWithoutDisplayDataIsRefusedByName() {
        Model model = both();
        model.createResource(SCO.NS + "Treaty").addProperty(RDFS.subClassOf, SCO.Fact).addProperty(RDFS.label, "Treaty", "en");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FactKinds.of(model));
        assertTrue(e.getMessage().contains("sco:Treaty") && e.getMessage().contains("display:order")
                && e.getMessage().contains(FactKinds.DISPLAY), e.getMessage());
    }

    @Test
    void twoKindsWithOnePathSegmentAreRefused() {
        Model model = both();
        model.removeAll(SCO.Founding, Display.pathSegment, null).add(SCO.Founding, Display.pathSegment, "pledge");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FactKinds.of(model));
        assertTrue(e.getMessage().contains("display:pathSegment") && e.getMessage().contains("pledge"), e.getMessage());
    }

    @Test
    void viewpointsChooseTheSection() {
        FactKind membership = FactKinds.standard().get(SCO.Membership);
        assertEquals("members", membership.sectionFor(SCO.Organisation::equals).orElseThrow().anchor());
        assertEquals("memberships", membership.sectionFor(SCO.State::equals).orElseThrow().anchor());
        assertTrue(FactKinds.standard().get(SCO.Mention).sectionFor(t -> true).isEmpty(), "mentions are shown apart");
    }

    @Test
    void everyDisplayTermIsDeclared() {
        Set<String> undeclared = new TreeSet<>();
        for (Statement s : DISPLAY.listStatements().toList()) {
            List<Resource> terms = new ArrayList<>(List.of(s.getPredicate()));
            if (s.getPredicate().equals(RDF.type)) {
                terms.add(s.getResource());
            }
            terms.stream().filter(t -> t.getURI().startsWith(Display.NS))
                    .filter(t -> !DISPLAY.contains(t, RDF.type, OWL.Class) && !DISPLAY.contains(t, RDF.type, OWL.ObjectProperty)
                            && !DISPLAY.contains(t, RDF.type, OWL.DatatypeProperty))
                    .forEach(t -> undeclared.add(t.getURI()));
        }
        for (Field f : Display.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && Resource.class.isAssignableFrom(f.getType())) {
                try {
                    Resource term = (Resource) f.get(null);
                    if (!DISPLAY.contains(term, RDF.type)) {
                        undeclared.add(term.getURI());
                    }
                } catch (IllegalAccessException e) {
                    throw new AssertionError(e);
                }
            }
        }
        assertTrue(undeclared.isEmpty(), "used but not declared in " + FactKinds.DISPLAY + ": " + undeclared);
    }
}
