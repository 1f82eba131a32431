package org.scokg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scokg.article.ArticleRejectedException;
import org.scokg.article.Corpus;
import org.scokg.extract.FactExtractor;
import org.scokg.rdf.Iris;
import org.scokg.vocab.SCO;

/** Writing prepared articles into a TDB2 database: idempotent re-loads, replaced versions, the fixed graphs. */
class KnowledgeStoreTest {
    private static final ArticlePipeline PIPELINE = new ArticlePipeline(FactExtractor.standard(), Iris.standard());

    @TempDir
    Path dir;
    Path db;
    KnowledgeStore store;

    @BeforeEach
    void open() {
        db = dir.resolve("tdb2");
        store = KnowledgeStore.open(db, Iris.standard());
    }

    @AfterEach
    void close() {
        DatasetGraph dsg = store.dataset().asDatasetGraph();
        store.close();
        // Release the database so that the next test (and the temp dir clean-up) starts afresh.
        TDBInternal.expel(dsg, true);
    }

    private long quads() {
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(store.dataset())
                    .query("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }").build()) {
                return qe.execSelect().next().getLiteral("n").getLong();
            }
        });
    }

    private Set<String> graphs() {
        Set<String> names = new TreeSet<>();
        store.read(ds -> ds.listModelNames().forEachRemaining(r -> names.add(r.getURI())));
        return names;
    }

    private Set<String> articles() {
        Set<String> found = new TreeSet<>();
        store.read(ds -> {
            try (QueryExecution qe = QueryExecution.dataset(ds)
                    .query("PREFIX sco: <" + SCO.NS + "> SELECT ?a { GRAPH ?a { ?a a sco:Article } }").build()) {
                qe.execSelect().forEachRemaining(s -> found.add(s.getResource("a").getURI()));
            }
        });
        return found;
    }

    private LoadReport write(List<Path> files) throws ArticleRejectedException {
        List<PreparedArticle> prepared = new ArrayList<>();
        for (Path f : files) {
            prepared.add(PIPELINE.prepare(f));
        }
        LoadReport report = new LoadReport();
        store.write(prepared, report);
        return report;
    }

    @Test
    void loadsTheSeedsIntoOneGraphEach() throws Exception {
        assertFalse(store.hasArticles());
        LoadReport report = write(Corpus.seeds());
        assertTrue(quads() > 0);
        assertTrue(store.hasArticles());
        assertEquals(2, report.written);
        assertTrue(report.triples > 0);

        Set<String> expected = new TreeSet<>();
        for (Path seed : Corpus.seeds()) {
            expected.add(Iris.standard().article(Corpus.read(seed)));
        }
        assertEquals(expected, articles(), "each article is the name of its own graph");
        assertTrue(graphs().containsAll(expected));
        assertTrue(graphs().contains(Iris.standard().referenceGraph()), "the reference data has its graph");
        assertTrue(graphs().contains(SCO.ONTOLOGY_IRI), "the ontology has its graph");
    }

    @Test
    void theGraphHoldsExactlyWhatThePipelineWrote() throws Exception {
        PreparedArticle prepared = PIPELINE.prepare(Corpus.SEED_TIANJIN);
        store.write(List.of(prepared), new LoadReport());
        store.read(ds -> {
            Model stored = ds.getNamedModel(prepared.graph());
            assertEquals(prepared.model().size(), stored.size());
            // Compared by value: the store may write a literal in its canonical form ("0.80" as "0.8").
            List<String> missing = new ArrayList<>();
            prepared.model().listStatements().forEachRemaining(st -> {
                boolean found = stored.listStatements(st.getSubject(), st.getPredicate(), (RDFNode) null).toList().stream()
                        .anyMatch(o -> o.getObject().asNode().sameValueAs(st.getObject().asNode()));
                if (!found) {
                    missing.add(st.toString());
                }
            });
            assertTrue(missing.isEmpty(), "not stored: " + missing);
        });
    }

    @Test
    void aSecondLoadChangesNothing() throws Exception {
        write(Corpus.seeds());
        long first = quads();
        Set<String> graphsBefore = graphs();
        LoadReport again = write(Corpus.seeds());
        assertEquals(first, quads(), "re-loading unchanged articles leaves the count unchanged");
        assertEquals(graphsBefore, graphs());
        assertEquals(0, again.replaced);
        assertEquals(2, again.written);
    }

    @Test
    void aSecondLoadIsReportedAsUnchanged() throws Exception {
        write(Corpus.seeds());
        LoadReport again = write(Corpus.seeds());
        assertEquals(2, again.unchanged, "both seeds are already in the database: " + again.summary());
    }

    @Test
    void aSecondLoadAfterReopeningChangesNothing() throws Exception {
        write(Corpus.seeds());
        long first = quads();
        store.close();
        store = KnowledgeStore.open(db, Iris.standard());
        write(Corpus.seeds());
        assertEquals(first, quads());
    }

    @Test
    void aChangedArticleReplacesItsGraph() throws Exception {
        Path file = dir.resolve("articles").resolve("bishkek.txt");
        Files.createDirectories(file.getParent());
        String text = Files.readString(Corpus.SEED_BISHKEK, StandardCharsets.UTF_8);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        write(List.of(Corpus.SEED_TIANJIN, file));
        String oldIri = PIPELINE.prepare(file).graph();
        assertTrue(articles().contains(oldIri));
        long before = quads();

        Files.writeString(file, text.replace("empat usulan", "lima usulan"), StandardCharsets.UTF_8);
        String newIri = PIPELINE.prepare(file).graph();
        assertNotEquals(oldIri, newIri, "another text, another article IRI");
        LoadReport report = write(List.of(file));
        assertEquals(1, report.replaced);

        assertFalse(articles().contains(oldIri), "the old version is gone");
        assertFalse(graphs().contains(oldIri), "the old graph is gone");
        assertTrue(articles().contains(newIri), "the new version is there");
        assertEquals(2, articles().size(), "the Tianjin seed is untouched");
        assertTrue(Math.abs(quads() - before) < before / 2, "one graph replaced, not added: " + before + " -> " + quads());
        long ofOld = Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(store.dataset())
                    .query("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o FILTER(STRSTARTS(STR(?s), \""
                            + oldIri.replace("/article/", "/sentence/") + "\")) } }").build()) {
                return qe.execSelect().next().getLiteral("n").getLong();
            }
        });
        assertEquals(0, ofOld, "no sentence of the old version is left");
    }

    @Test
    void theSameTextUnderTwoNamesIsOneGraph() throws Exception {
        Path copy = dir.resolve("copy.txt");
        Files.copy(Corpus.SEED_TIANJIN, copy);
        write(List.of(Corpus.SEED_TIANJIN));
        long once = quads();
        write(List.of(copy));
        assertEquals(1, articles().size(), "the article IRI derives from the content, not the file name");
        assertEquals(once + 1, quads(), "the graph is replaced by one of the same size (only sco:fileName differs), "
                + "and the load record says that copy.txt holds it too");
    }

    @Test
    void aFailedBatchWritesNothing() throws Exception {
        write(List.of(Corpus.SEED_TIANJIN));
        long before = quads();
        PreparedArticle good = PIPELINE.prepare(Corpus.SEED_BISHKEK);
        PreparedArticle broken = new PreparedArticle(good.graph(), null, good.model(), good.source());
        assertThrows(RuntimeException.class, () -> store.write(List.of(good, broken), new LoadReport()));
        assertEquals(before, quads(), "a batch is written whole or not at all");
        assertEquals(1, articles().size());
        assertFalse(store.dataset().isInTransaction());
        assertEquals(ReadWrite.READ, Txn.calculateRead(store.dataset(), () -> store.dataset().transactionMode()));
    }

    private LoadReport writeFrom(Path root, Path... files) throws ArticleRejectedException {
        List<PreparedArticle> prepared = new ArrayList<>();
        for (Path f : files) {
            prepared.add(PIPELINE.prepare(ArticleFile.in(root, f)));
        }
        LoadReport report = new LoadReport();
        store.write(prepared, report);
        return report;
    }

    private static Path write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    @Test
    void theSameNameInTwoFoldersIsTwoArticles() throws Exception {
        Path first = write(dir.resolve("one/a.txt"), Files.readString(Corpus.SEED_TIANJIN));
        Path second = write(dir.resolve("two/a.txt"), Files.readString(Corpus.SEED_BISHKEK));
        LoadReport report = write(List.of(first, second));
        assertEquals(0, report.replaced, report.summary());
        assertEquals(2, articles().size(), "two texts, two articles, whatever their names");
        write(List.of(first));
        assertEquals(2, articles().size(), "loading one of them again replaces nothing");
    }

    @Test
    void aGraphSharedByTwoFilesStaysWhenOneOfThemChanges() throws Exception {
        String text = Files.readString(Corpus.SEED_BISHKEK);
        Path a = write(dir.resolve("articles/a.txt"), text);
        Path b = write(dir.resolve("articles/b.txt"), text);
        write(List.of(a));
        String shared = PIPELINE.prepare(a).graph();
        write(List.of(b));
        assertEquals(Set.of(shared), articles());

        write(b, text.replace("empat usulan", "lima usulan"));
        LoadReport report = write(List.of(b));
        String changed = PIPELINE.prepare(b).graph();
        assertEquals(Set.of(shared, changed), articles(), "a.txt still holds the old text: its article stays");
        assertEquals(0, report.replaced, report.summary());
        assertTrue(report.summary().contains("kept " + shared), report.summary());
        long sentences = Txn.calculateRead(store.dataset(), () -> store.dataset().getNamedModel(shared).size());
        assertEquals(PIPELINE.prepare(a).model().size(), sentences, "the shared graph is whole");

        write(a, text.replace("empat usulan", "enam usulan"));
        LoadReport last = write(List.of(a));
        assertEquals(1, last.replaced, "now no file holds the first text: its graph goes");
        assertTrue(last.summary().contains("replaced " + shared + " by " + PIPELINE.prepare(a).graph()), last.summary());
        assertFalse(articles().contains(shared));
    }

    @Test
    void aChangedFileReplacesOnlyWithinTheSameLoadRoot() throws Exception {
        Path root = dir.resolve("corpus");
        Path file = write(root.resolve("x.txt"), Files.readString(Corpus.SEED_TIANJIN));
        writeFrom(root, file);
        String before = PIPELINE.prepare(file).graph();
        Path elsewhere = write(dir.resolve("other/x.txt"), Files.readString(Corpus.SEED_BISHKEK));
        assertEquals(0, writeFrom(dir.resolve("other"), elsewhere).replaced, "another root's x.txt is another source");
        assertEquals(2, articles().size());

        write(file, Files.readString(Corpus.SEED_TIANJIN).replace("Tianjin (ANTARA)", "Tianjin, Tiongkok (ANTARA)"));
        LoadReport report = writeFrom(root, file);
        assertEquals(1, report.replaced, report.summary());
        assertTrue(report.summary().contains(before), "the report names the replaced graph: " + report.summary());
        assertEquals(2, articles().size());
        assertFalse(articles().contains(before));
    }

    @Test
    void aSourceUrlIsTheKeyWhateverTheFile() throws Exception {
        Path one = write(dir.resolve("one/a.txt"), Files.readString(Corpus.SEED_TIANJIN));
        Path two = write(dir.resolve("two/b.txt"), Files.readString(Corpus.SEED_TIANJIN).replace("Tianjin (ANTARA)", "Tianjin, Tiongkok (ANTARA)"));
        ArticleSource url = ArticleSource.url("https://www.antaranews.com/berita/1/ktt-sco");
        PreparedArticle first = PIPELINE.prepare(one);
        PreparedArticle second = PIPELINE.prepare(two);
        store.write(List.of(new PreparedArticle(first.graph(), first.extraction(), first.model(), url)), new LoadReport());
        LoadReport report = new LoadReport();
        store.write(List.of(new PreparedArticle(second.graph(), second.extraction(), second.model(), url)), report);
        assertEquals(1, report.replaced, "another file, the same URL: a new version");
        assertEquals(Set.of(second.graph()), articles());
    }

    @Test
    void theBaseIsRecordedAndAnotherBaseIsRefused() throws Exception {
        write(List.of(Corpus.SEED_TIANJIN));
        assertEquals(java.util.Optional.of(Iris.standard().base()), LoadRecord.recordedBase(store.dataset().asDatasetGraph()));
        assertTrue(graphs().contains(LoadRecord.graphName(Iris.standard())), "the load record is a graph under the base");
        long before = quads();
        store.close();
        store = KnowledgeStore.open(db, new Iris("https://sco.example.org/"));
        DatabaseException e = assertThrows(DatabaseException.class, () -> store.requireBase(r -> "use --base " + r));
        assertTrue(e.getMessage().contains("http://localhost:3030/") && e.getMessage().contains("https://sco.example.org/"),
                "both bases are named: " + e.getMessage());
        assertTrue(e.getMessage().contains("use --base http://localhost:3030/"), "and the fix: " + e.getMessage());
        PreparedArticle other = new ArticlePipeline(FactExtractor.standard(), new Iris("https://sco.example.org/")).prepare(Corpus.SEED_BISHKEK);
        assertThrows(DatabaseException.class, () -> store.write(List.of(other), new LoadReport()));
        assertEquals(before, quads(), "nothing was written under the other base");
    }

    @Test
    void aDatabaseWithoutARecordedBaseKeepsWorking() throws Exception {
        write(List.of(Corpus.SEED_TIANJIN));
        Txn.executeWrite(store.dataset(), () -> store.dataset().removeNamedModel(LoadRecord.graphName(Iris.standard())));
        assertEquals(java.util.Optional.empty(), LoadRecord.recordedBase(store.dataset().asDatasetGraph()));
        store.requireBase(r -> "unused");
        assertEquals(2, write(Corpus.seeds()).written);
    }

    @Test
    void theQueryTimeoutAndUnionGraphAreSet() throws IOException {
        assertTrue(store.dataset().getContext().isTrue(org.apache.jena.tdb2.TDB2.symUnionDefaultGraph));
        Object timeout = store.dataset().getContext().get(org.apache.jena.query.ARQ.queryTimeout);
        assertEquals(String.valueOf(KnowledgeStore.QUERY_TIMEOUT_MS), String.valueOf(timeout));
    }
}
