package org.scokg.wikidata;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.scokg.extract.FactExtractor;
import org.scokg.rdf.Iris;
import org.scokg.store.ArticleFile;
import org.scokg.store.ArticlePipeline;
import org.scokg.store.KnowledgeStore;
import org.scokg.store.LoadReport;
import org.scokg.store.PreparedArticle;

/** The seed articles (data/articles) loaded into a fresh TDB2 database. */
final class SeedGraph {
    private SeedGraph() {}

    static KnowledgeStore load(Path db) throws Exception {
        ArticlePipeline pipeline = new ArticlePipeline(FactExtractor.standard(), Iris.standard());
        List<PreparedArticle> prepared = new ArrayList<>();
        for (ArticleFile file : ArticlePipeline.expand(List.of(Path.of("data/articles")))) {
            prepared.add(pipeline.prepare(file));
        }
        KnowledgeStore store = KnowledgeStore.open(db, Iris.standard());
        store.write(prepared, new LoadReport());
        return store;
    }
}
