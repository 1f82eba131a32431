package org.scokg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.Test;
import org.scokg.article.Corpus;
import org.scokg.article.LexiconFile;
import org.scokg.rdf.Iris;
import org.scokg.reference.Gazetteer;
import org.scokg.reference.MembershipHistory;
import org.scokg.reference.ReferenceData;
import org.scokg.store.ArticlePipeline;
import org.scokg.extract.mention.Lexicon;

/**
 * The lexicon and the code agree: building the extractor and the pipeline that reads articles, and
 * extracting one article, reads every file of {@code data/lexicon} (a file no code reads is a list nobody maintains against
 * the rules), and finds every file it asks for (a missing one fails the build here).
 */
class LexiconFilesTest {
    private static final Path LEXICON = Path.of("data/lexicon");

    @Test
    void buildingTheExtractorAndReadingAnArticleReadsEveryLexiconFile() throws IOException {
        Lexicon lexicon = Lexicon.load();
        Model reference = ReferenceData.load();
        FactExtractor extractor = new FactExtractor(new Gazetteer(reference), new MembershipHistory(reference), lexicon);
        new ArticlePipeline(extractor, Iris.standard());
        extractor.extract(Corpus.article("lexicon.txt", Corpus.antara("Jakarta", "KTT SCO digelar di Astana.", 2024)));
        assertEquals(filesOnDisk(), new TreeSet<>(LexiconFile.filesRead()),
                "every file under data/lexicon is read by the extractor or the article reader, and only those");
    }

    @Test
    void aListTheCodeAsksForAndTheBuildLacksIsAnErrorNamingIt() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Lexicon.load().words("membership/no-such-list"));
        assertEquals("lexicon file /lexicon/membership/no-such-list.txt is missing from the build", e.getMessage());
    }

    private static Set<String> filesOnDisk() throws IOException {
        try (Stream<Path> files = Files.walk(LEXICON)) {
            return files.filter(Files::isRegularFile)
                    .map(p -> LEXICON.relativize(p).toString().replace('\\', '/'))
                    .filter(name -> name.endsWith(".txt") || name.endsWith(".tsv"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }
}
