package org.scokg.wikidata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scokg.extract.FactExtractor;
import org.scokg.rdf.Iris;
import org.scokg.store.ArticlePipeline;
import org.scokg.store.KnowledgeStore;
import org.scokg.store.LoadReport;
import org.scokg.store.PreparedArticle;

class QuickStatementsExportTest {
    @TempDir
    static Path db;
    static List<String> lines;

    @BeforeAll
    static void exportTheSeeds() throws Exception {
        ArticlePipeline pipeline = new ArticlePipeline(FactExtractor.standard(), Iris.standard());
        List<PreparedArticle> prepared = new ArrayList<>();
        for (org.scokg.store.ArticleFile file : ArticlePipeline.expand(List.of(Path.of("data/articles")))) {
            prepared.add(pipeline.prepare(file));
        }
        try (KnowledgeStore store = KnowledgeStore.open(db, Iris.standard())) {
            store.write(prepared, new LoadReport());
            lines = QuickStatementsExport.lines(store.dataset());
        }
    }

    @Test
    void chinaIsAMemberOfTheScoReferencedByTheArticleAndTheSentence() {
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("Q148\tP463\tQ485207\t")
                && l.contains("\tS854\t\"http://localhost:3030/id/article/")
                && l.contains("\tS1683\tid:\"Anggota penuh SCO adalah China")), String.join("\n", lines));
    }

    @Test
    void aStartDateBecomesAStartTimeWithItsPrecision() {
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("Q265\tP463\tQ485207\tP580\t+2001-00-00T00:00:00Z/9\t")),
                "Uzbekistan joined in 2001:\n" + String.join("\n", lines));
        assertEquals("+1996-04-26T00:00:00Z/11", QuickStatementsExport.time("1996-04-26"));
        assertEquals("+2017-06-00T00:00:00Z/10", QuickStatementsExport.time("2017-06"));
    }

    @Test
    void onlyEntitiesWithWikidataIdsAndOnlyFullMembershipsAreExported() {
        assertFalse(lines.isEmpty());
        // every line is item, property, item: the Shanghai Five (no verified ID) and observers stay out
        assertTrue(lines.stream().allMatch(l -> l.matches("Q\\d+\tP463\tQ\\d+\t.*")), String.join("\n", lines));
        assertFalse(lines.stream().anyMatch(l -> l.startsWith("Q711\t")), "Mongolia is an observer, not a member");
    }

    @Test
    void quotesAndTabsInArticleTextCannotBreakAStatement() {
        assertEquals("\"a 'b' c d\"", QuickStatementsExport.quoted("a \"b\"\tc\nd"));
    }
}
