package org.scokg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scokg.article.Corpus;
import org.scokg.reference.ReferenceData;
import org.scokg.store.ArticlePipeline;
import org.scokg.vocab.SCO;
import org.scokg.vocab.Schema;

/** An article's source metadata in its graph: declared terms, conforming to the shapes, the outlet a resource. */
class SourceMetadataGraphTest {
    private static final Shapes SHAPES = Shapes.parse(RDFDataMgr.loadGraph("ontology/shapes.ttl"));

    @TempDir
    Path dir;

    private Model written() throws Exception {
        Path file = Files.writeString(dir.resolve("a.txt"), """
                ---
                url: https://www.example.co.id/berita/ktt-sco
                outlet: Contoh Harian
                title: KTT SCO dibuka
                published: 2025-09-01
                retrieved: 2025-09-02
                ---
                """ + Files.readString(Corpus.SEED_TIANJIN));
        return new ArticlePipeline(WrittenGraphs.EXTRACTOR, Iris.standard()).prepare(file).model();
    }

    @Test
    void everyTermIsDeclaredAndTheGraphConforms() throws Exception {
        Model model = written();
        assertEquals(java.util.Set.of(), DeclaredTerms.undeclared(model));
        assertTrue(ShaclValidator.get().validate(SHAPES, ModelFactory.createUnion(model, ReferenceData.load()).getGraph())
                .conforms());
    }

    @Test
    void theOutletIsANamedResourceAndTheTitleNamesTheArticle() throws Exception {
        Model model = written();
        Resource article = model.listSubjectsWithProperty(RDF.type, SCO.Article).next();
        Resource outlet = article.getPropertyResourceValue(Schema.publisher);
        assertEquals(Iris.standard().outlet("Contoh Harian"), outlet.getURI());
        assertEquals("Contoh Harian", outlet.getProperty(Schema.name).getString());
        assertEquals("KTT SCO dibuka", article.getProperty(RDFS.label).getString());
        assertEquals("id", article.getProperty(Schema.inLanguage).getString());
    }

    @Test
    void theShapesCatchAnArticleWithTwoPublicationDates() throws Exception {
        Model model = ModelFactory.createDefaultModel().add(written());
        Resource article = model.listSubjectsWithProperty(RDF.type, SCO.Article).next();
        article.addProperty(Schema.datePublished, model.createTypedLiteral("2025-09-03",
                org.apache.jena.datatypes.xsd.XSDDatatype.XSDdate));
        assertFalse(ShaclValidator.get().validate(SHAPES, ModelFactory.createUnion(model, ReferenceData.load()).getGraph())
                .conforms());
    }
}
