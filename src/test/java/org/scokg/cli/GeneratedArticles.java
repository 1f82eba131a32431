package org.scokg.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.scokg.article.Corpus;
import org.scokg.rdf.Iris;
import org.scokg.vocab.SCO;
import org.scokg.store.KnowledgeStore;

/** Many distinct articles for load tests: the seeds, each with a numbered closing paragraph. */
final class GeneratedArticles {
    private GeneratedArticles() {}

    /** Writes {@code count} articles into {@code dir} and returns it. */
    static Path write(Path dir, int count) {
        try {
            Files.createDirectories(dir);
            for (int i = 0; i < count; i++) {
                String seed = Files.readString(i % 2 == 0 ? Corpus.SEED_TIANJIN : Corpus.SEED_BISHKEK, StandardCharsets.UTF_8);
                Files.writeString(dir.resolve(String.format("%03d.txt", i)), seed
                        + "\n\nCatatan redaksi nomor " + i + ": salinan ini dibuat untuk menguji pemuatan.\n", StandardCharsets.UTF_8);
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The number of triples in each article graph of the store. */
    static Map<String, Long> articleGraphSizes(KnowledgeStore store) {
        return Txn.calculateRead(store.dataset(), () -> {
            Map<String, Long> sizes = new TreeMap<>();
            String query = "PREFIX sco: <" + SCO.NS + "> SELECT ?g (COUNT(*) AS ?n) { GRAPH ?g { ?g a sco:Article . ?s ?p ?o } } GROUP BY ?g";
            try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(query).build()) {
                qe.execSelect().forEachRemaining(s -> sizes.put(s.getResource("g").getURI(), s.getLiteral("n").getLong()));
            }
            return sizes;
        });
    }

    /** The article graph sizes of the database at {@code db}. */
    static Map<String, Long> articleGraphSizes(Path db) {
        try (KnowledgeStore store = KnowledgeStore.open(db, Iris.standard())) {
            return articleGraphSizes(store);
        }
    }
}
