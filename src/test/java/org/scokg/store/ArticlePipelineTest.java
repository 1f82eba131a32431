package org.scokg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scokg.article.ArticleRejectedException;
import org.scokg.article.Corpus;
import org.scokg.extract.FactExtractor;
import org.scokg.rdf.Iris;
import org.scokg.vocab.SCO;

class ArticlePipelineTest {
    private static final ArticlePipeline PIPELINE = new ArticlePipeline(FactExtractor.standard(), Iris.standard());

    @Test
    void expandsDirectoriesToTheirTextFilesInNameOrder(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("b.txt"), "x");
        Files.writeString(dir.resolve("a.txt"), "x");
        Files.writeString(dir.resolve("notes.md"), "x");
        Files.createDirectories(dir.resolve("sub.txt"));
        Path single = dir.resolve("notes.md");
        List<ArticleFile> files = ArticlePipeline.expand(List.of(dir, single));
        assertEquals(List.of(dir.resolve("a.txt"), dir.resolve("b.txt"), single), files.stream().map(ArticleFile::path).toList());
    }

    @Test
    void aFileIsKnownByItsPathWithinItsLoadRootNotByItsName(@TempDir Path dir) throws Exception {
        Path sub = Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("a.txt"), "x");
        Files.writeString(sub.resolve("a.txt"), "x");
        ArticleSource top = ArticlePipeline.expand(List.of(dir)).get(0).source();
        ArticleSource inSub = ArticlePipeline.expand(List.of(sub)).get(0).source();
        assertTrue(top.key().endsWith("/a.txt") && inSub.key().endsWith("/a.txt"), top + " " + inSub);
        assertTrue(!top.key().equals(inSub.key()), "two folders, two sources: " + top + " " + inSub);
        assertEquals(inSub, ArticleFile.of(sub.resolve("a.txt")).source(), "a file named on its own has its directory as root");
        assertEquals(ArticleSource.file(dir, dir.resolve("sub/a.txt")).key(), top.key().replace("/a.txt", "/sub/a.txt"),
                "under a root, the path within it is the key");
        assertTrue(!top.key().contains(dir.toString()), "the root's path is not published: " + top.key());
    }

    @Test
    void preparesTheGraphOfAnArticle() throws Exception {
        PreparedArticle p = PIPELINE.prepare(Corpus.SEED_BISHKEK);
        assertEquals(Iris.standard().article(Corpus.read(Corpus.SEED_BISHKEK)), p.graph());
        assertTrue(p.graph().startsWith(SCO.DEFAULT_BASE + "id/article/"));
        assertTrue(p.model().contains(p.model().createResource(p.graph()), RDF.type, SCO.Article));
        assertEquals(Corpus.read(Corpus.SEED_BISHKEK).sentences().size(),
                p.model().listSubjectsWithProperty(RDF.type, SCO.Sentence).toList().size());
    }

    @Test
    void refusesWhatIsNotAnArticle(@TempDir Path dir) throws Exception {
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        ArticleRejectedException e = assertThrows(ArticleRejectedException.class, () -> PIPELINE.prepare(empty));
        assertTrue(e.getMessage().contains("empty.txt"));
    }
}
