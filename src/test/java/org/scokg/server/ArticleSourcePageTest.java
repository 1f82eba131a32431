package org.scokg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scokg.article.Corpus;
import org.scokg.extract.FactExtractor;
import org.scokg.rdf.Iris;
import org.scokg.server.html.PageContext;
import org.scokg.server.html.ResourcePage;
import org.scokg.server.html.Vocabulary;
import org.scokg.server.ld.Addresses;
import org.scokg.server.ld.LinkedDataSettings;
import org.scokg.server.ld.LinkedDataSite;
import org.scokg.server.ld.ResourceDescriber;
import org.scokg.store.ArticlePipeline;
import org.scokg.store.PreparedArticle;
import org.scokg.vocab.SCO;
import org.scokg.vocab.Schema;

/** An article's source (address, outlet, dates) in its description and on its page, the address an escaped link. */
class ArticleSourcePageTest {
    private static final String BASE = "http://localhost:3030/";
    private static final String URL = "https://www.example.co.id/berita?id=17&halaman=2";

    @TempDir
    Path dir;

    @Test
    void theDescriptionAndThePageShowTheArticlesSource() throws Exception {
        Path file = Files.writeString(dir.resolve("a.txt"), """
                ---
                url: %s
                outlet: Contoh Harian
                published: 2025-09-01
                retrieved: 2025-09-02
                ---
                """.formatted(URL) + Files.readString(Corpus.SEED_TIANJIN));
        PreparedArticle prepared = new ArticlePipeline(FactExtractor.standard(), Iris.standard()).prepare(file);
        Dataset dataset = DatasetFactory.createTxnMem();
        dataset.addNamedModel(prepared.graph(), prepared.model());
        LinkedDataSite site = new LinkedDataSite(LinkedDataSettings.forBase(BASE), dataset.asDatasetGraph(), Clock.systemUTC());

        ResourceDescriber.Description description = site.describer().describe(prepared.graph(), 1).orElseThrow();
        Model model = description.model();
        Resource article = model.getResource(prepared.graph());
        assertEquals(URL, article.getPropertyResourceValue(Schema.url).getURI());
        assertEquals("2025-09-01", article.getProperty(Schema.datePublished).getString());
        assertEquals("2025-09-02", article.getProperty(SCO.retrievedOn).getString());
        Resource outlet = article.getPropertyResourceValue(Schema.publisher);
        assertEquals(Iris.standard().outlet("Contoh Harian"), outlet.getURI());
        assertTrue(model.contains(outlet, org.apache.jena.vocabulary.RDFS.label, "Contoh Harian"), "the outlet is named");

        Addresses addresses = new Addresses(BASE, BASE, "/sco");
        PageContext context = new PageContext(addresses, "en", addresses.document(prepared.graph()) + ".html", Map.of(),
                java.time.Instant.now(), 2025);
        String html = new ResourcePage(description, context, new Vocabulary(site.ontology(), site.prefixes(addresses)),
                addresses.document(prepared.graph()), null).render();
        assertTrue(html.contains("href=\"https://www.example.co.id/berita?id=17&amp;halaman=2\""), "the address, a link, escaped");
        assertTrue(html.contains(">Contoh Harian<"), "the outlet");
        assertTrue(html.contains("2025-09-01") && html.contains("2025-09-02"), "the dates");
        assertTrue(html.contains("date published"), "the property named by its ontology label");

        // the outlet dereferences to the articles it published
        ResourceDescriber.Description outletDescription = site.describer().describe(outlet.getURI(), 1).orElseThrow();
        assertTrue(outletDescription.model().contains(article, Schema.publisher, outlet));
    }
}
