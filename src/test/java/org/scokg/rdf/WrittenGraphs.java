package org.scokg.rdf;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.scokg.article.ArticleRejectedException;
import org.scokg.article.Corpus;
import org.scokg.extract.FactExtractor;
import org.scokg.store.ArticlePipeline;

/** The graphs the loader writes for every article of the repository, computed once. */
final class WrittenGraphs {
    static final FactExtractor EXTRACTOR = FactExtractor.standard();
    private static Map<Path, Model> standard;

    private WrittenGraphs() {}

    static synchronized Map<Path, Model> standard() {
        if (standard == null) {
            standard = write(Iris.standard());
        }
        return standard;
    }

    static Map<Path, Model> write(Iris iris) {
        ArticlePipeline pipeline = new ArticlePipeline(EXTRACTOR, iris);
        Map<Path, Model> graphs = new LinkedHashMap<>();
        for (Path file : Corpus.everyArticle()) {
            try {
                graphs.put(file, pipeline.prepare(file).model());
            } catch (ArticleRejectedException e) {
                throw new AssertionError("an article of the repository was refused: " + e.getMessage(), e);
            }
        }
        return graphs;
    }
}
