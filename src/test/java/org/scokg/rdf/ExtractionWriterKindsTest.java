package org.scokg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.scokg.extract.analysis.Extraction;
import org.scokg.vocab.FactKind;
import org.scokg.vocab.FactKinds;

/** The writer writes every kind of the registry, under the IRIs and types the registry gives it. */
class ExtractionWriterKindsTest {

    @Test
    void everyFactRecordHasAWriterMethod() {
        Set<String> records = Arrays.stream(Extraction.class.getDeclaredClasses())
                .filter(c -> Extraction.Fact.class.isAssignableFrom(c) && !c.isInterface())
                .map(Class::getSimpleName).collect(Collectors.toCollection(TreeSet::new));
        Set<String> written = ExtractionWriter.WRITERS.keySet().stream().map(Class::getSimpleName)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(records, written);
    }

    @Test
    void statementsAreNamedByTheirKindsPathSegment() {
        String base = Iris.standard().base();
        Set<String> kindsSeen = new TreeSet<>();
        for (Model graph : WrittenGraphs.standard().values()) {
            for (FactKind kind : FactKinds.standard().all()) {
                for (Resource node : graph.listSubjectsWithProperty(RDF.type, kind.type()).toList()) {
                    assertTrue(node.getURI().startsWith(base + "id/" + kind.pathSegment() + "/"), node + " is a " + kind.type());
                    kindsSeen.add(kind.pathSegment());
                }
            }
        }
        Set<String> all = FactKinds.standard().all().stream().map(FactKind::pathSegment)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(all, kindsSeen, "the articles of the repository hold every kind");
    }
}
