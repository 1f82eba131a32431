package org.scokg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scokg.article.Corpus;
import org.scokg.rdf.Iris;
import org.scokg.vocab.SCO;

class ExtractCommandTest {
    private static Model parse(String turtle) {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(turtle, Lang.TURTLE).parse(m);
        return m;
    }

    @Test
    void printsTurtleThatParses() {
        for (Path seed : Corpus.seeds()) {
            Cli.Result r = Cli.run("extract", seed.toString());
            assertEquals(0, r.exit(), r.toString());
            Model m = parse(r.out());
            String article = Iris.standard().article(Corpus.read(seed));
            assertTrue(m.contains(m.createResource(article), RDF.type, SCO.Article), "the article " + article + " is in the output");
            assertTrue(m.contains(null, RDF.type, SCO.Membership));
            assertTrue(m.contains(null, RDF.type, SCO.Meeting));
        }
    }

    @Test
    void listsEachFactWithItsSentenceAndTheTyposOnStderr() {
        Cli.Result r = Cli.run("extract", Corpus.SEED_TIANJIN.toString());
        assertEquals(0, r.exit());
        assertTrue(r.err().contains("Monglia"), r.err());
        assertTrue(r.err().contains("Tianjing"), r.err());
        assertTrue(r.err().contains("Kirgiztan"), r.err());
        assertTrue(r.err().contains("KTT pun menyetujui penerimaan Laos sebagai mitra dialog"), "the sentence of a fact: " + r.err());
        Cli.Result quiet = Cli.run("extract", "--quiet", Corpus.SEED_TIANJIN.toString());
        assertEquals(0, quiet.exit());
        assertEquals("", quiet.err());
        assertTrue(parse(quiet.out()).isIsomorphicWith(parse(r.out())));
    }

    @Test
    void anotherBaseMovesTheIris() {
        Cli.Result r = Cli.run("extract", "--quiet", "--base", "https://example.org/kg/", Corpus.SEED_BISHKEK.toString());
        assertEquals(0, r.exit(), r.toString());
        Model m = parse(r.out());
        Iris iris = new Iris("https://example.org/kg/");
        assertTrue(m.contains(m.createResource(iris.article(Corpus.read(Corpus.SEED_BISHKEK))),
                RDF.type, m.createResource(iris.namespace().deployed(SCO.Article.getURI()))), "the vocabulary moves with the base");
        assertTrue(m.getGraph().find().toList().stream().noneMatch(t -> t.toString().contains(SCO.DEFAULT_BASE)), "nothing left under the default base");
    }

    @Test
    void refusesAFileThatIsNotAnArticle(@TempDir Path dir) throws Exception {
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        Cli.Result r = Cli.run("extract", empty.toString());
        assertNotEquals(0, r.exit());
        assertTrue(r.err().contains("empty.txt") && r.err().contains("empty"), r.toString());
        assertEquals("", r.out());
    }

    @Test
    void needsExactlyOneFile() {
        assertNotEquals(0, Cli.run("extract").exit());
        assertNotEquals(0, Cli.run("extract", Corpus.SEED_TIANJIN.toString(), Corpus.SEED_BISHKEK.toString()).exit());
    }
}
