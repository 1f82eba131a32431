package org.scokg.rdf;

import org.scokg.vocab.SCO;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.vocabulary.SHACLM;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.scokg.reference.ReferenceData;
import org.scokg.vocab.FactKind;
import org.scokg.vocab.FactKinds;

/**
 * The graphs the loader writes conform to ontology/shapes.ttl. An article graph points at states,
 * cities and people of the reference graph, so each is validated together with the reference data,
 * as the union default graph of the store shows them.
 */
class ShapesTest {
    private static final Graph SHAPES_GRAPH = RDFDataMgr.loadGraph("ontology/shapes.ttl");
    private static final Shapes SHAPES = Shapes.parse(SHAPES_GRAPH);
    private static final Model SHAPES_GRAPH_MODEL = ModelFactory.createModelForGraph(SHAPES_GRAPH);
    private static final Model REFERENCE = ReferenceData.load();

    private static String report(ValidationReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, report.getModel(), RDFFormat.TURTLE_PRETTY);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theShapesHaveTargets() {
        assertFalse(SHAPES.getTargetShapes().isEmpty());
    }

    @Test
    void theProvenanceShapeTargetsEveryFactKind() {
        // SHACL follows rdfs:subClassOf only inside the data graph, so the shape names each kind.
        Resource factShape = SHAPES_GRAPH_MODEL.createResource("http://localhost:3030/def/sco/shapes#FactShape");
        Set<Resource> targets = SHAPES_GRAPH_MODEL.listObjectsOfProperty(factShape, SHACLM.targetClass)
                .mapWith(RDFNode::asResource).toSet();
        for (FactKind kind : FactKinds.standard().all()) {
            boolean fact = DeclaredTerms.ONTOLOGY.contains(kind.type(), RDFS.subClassOf, SCO.Fact);
            assertTrue(!fact || targets.contains(kind.type()), "scosh:FactShape does not target " + kind.type());
        }
    }

    @Test
    void theReferenceDataConforms() {
        ValidationReport report = ShaclValidator.get().validate(SHAPES, REFERENCE.getGraph());
        assertTrue(report.conforms(), "reference data:\n" + report(report));
    }

    @Test
    void everyArticleGraphConforms() {
        List<String> failures = new ArrayList<>();
        Map<Path, Model> graphs = WrittenGraphs.standard();
        for (Map.Entry<Path, Model> e : graphs.entrySet()) {
            Model data = ModelFactory.createUnion(e.getValue(), REFERENCE);
            ValidationReport report = ShaclValidator.get().validate(SHAPES, data.getGraph());
            if (!report.conforms()) {
                failures.add(e.getKey() + ":\n" + report(report));
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void theShapesCatchABrokenGraph() {
        // The validation above is only worth something if a wrong graph fails it.
        Model seed = WrittenGraphs.standard().values().iterator().next();
        Model broken = ModelFactory.createDefaultModel().add(seed).add(REFERENCE);
        broken.listSubjectsWithProperty(RDF.type, SCO.Membership).toList().forEach(m -> {
            broken.removeAll(m, SCO.memberState, null);
            broken.removeAll(m, SCO.confidence, null);
        });
        broken.listSubjectsWithProperty(RDF.type, SCO.Sentence).toList().forEach(s -> broken.removeAll(s, SCO.text, null));
        ValidationReport report = ShaclValidator.get().validate(SHAPES, broken.getGraph());
        assertFalse(report.conforms(), "a membership without its state and a sentence without text must not conform");
    }
}
