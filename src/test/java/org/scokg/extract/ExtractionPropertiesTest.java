package org.scokg.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Statement;
import org.scokg.article.Article;
import org.scokg.article.ArticleReader;
import org.scokg.article.ArticleRejectedException;
import org.scokg.article.Corpus;
import org.scokg.rdf.DeclaredTerms;
import org.scokg.rdf.ExtractionWriter;
import org.scokg.rdf.Iris;

/**
 * Article text is untrusted: random text and mutations of the repository's articles (sentences
 * deleted, doubled or shuffled, typos, random Unicode, control characters, odd punctuation, huge
 * numbers, truncation) never make extraction throw, and the graph written from them uses only
 * classes and properties the ontology declares and only valid IRIs. jqwik prints the seed of a
 * failing try and shrinks it to a small example.
 */
class ExtractionPropertiesTest {
    /** A NUL byte makes a file binary, which the reader refuses whole: other characters test the extractor. */
    private static final char NUL = '\u0000';
    private static final FactExtractor EXTRACTOR = FactExtractor.standard();
    private static final ArticleReader READER = new ArticleReader(EXTRACTOR.lexicon().words("abbreviations"));
    private static final ExtractionWriter WRITER = new ExtractionWriter(Iris.standard());
    private static final List<String> ARTICLES = Corpus.everyArticle().stream().map(ExtractionPropertiesTest::read).toList();
    private static final List<String> WORDS = ARTICLES.stream()
            .flatMap(text -> Arrays.stream(text.split("\\s+"))).filter(w -> !w.isBlank()).distinct().sorted().toList();

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Property(tries = 200)
    void mutatedArticlesYieldOnlyDeclaredTermsAndValidIris(@ForAll("mutatedArticles") String text) {
        checkExtraction(text);
        // a property that holds because every text is refused would prove nothing
        Statistics.coverage(c -> c.check("read").percentage(p -> p >= 80));
    }

    @Property(tries = 100)
    void randomArticlesYieldOnlyDeclaredTermsAndValidIris(@ForAll("randomArticles") String text) {
        checkExtraction(text);
        Statistics.coverage(c -> c.check("read").percentage(p -> p >= 80));
    }

    /** Reads, extracts and writes {@code text}; any exception fails the property. */
    private static void checkExtraction(String text) {
        Article article;
        try {
            article = READER.read("property.txt", text.getBytes(StandardCharsets.UTF_8));
        } catch (ArticleRejectedException e) {
            Statistics.collect("refused: " + e.getMessage().replaceAll(".*: ", ""));
            return;
        }
        Statistics.collect("read");
        Model model = WRITER.write(EXTRACTOR.extract(article));
        Set<String> problems = new TreeSet<>();
        DeclaredTerms.undeclared(model).forEach(term -> problems.add("undeclared " + term));
        for (Statement s : model.listStatements().toList()) {
            for (RDFNode n : List.of(s.getSubject(), s.getPredicate(), s.getObject())) {
                if (n.isURIResource() && !validIri(n.asResource().getURI())) {
                    problems.add("invalid IRI <" + n.asResource().getURI() + ">");
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    private static boolean validIri(String iri) {
        try {
            return !IRIx.create(iri).hasViolations();
        } catch (IRIException e) {
            return false;
        }
    }

    @Provide
    Arbitrary<String> mutatedArticles() {
        return Combinators.combine(Arbitraries.of(ARTICLES), mutation().list().ofMinSize(1).ofMaxSize(8))
                .as((text, mutations) -> {
                    String mutated = text;
                    for (Mutation m : mutations) {
                        mutated = m.apply(mutated);
                    }
                    return mutated;
                });
    }

    /** Words of the articles, and random strings, in random order with random separators. */
    @Provide
    Arbitrary<String> randomArticles() {
        Arbitrary<String> word = Arbitraries.frequencyOf(
                Tuple.of(20, Arbitraries.of(WORDS)),
                Tuple.of(1, Arbitraries.strings().all().excludeChars(NUL).ofMaxLength(12)),
                Tuple.of(1, Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(60)));
        Arbitrary<String> separator = Arbitraries.of(" ", " ", " ", " ", ", ", ". ", "\n", "\n\n", " (", ") ", "\" ", " - ", "/");
        Arbitrary<String> dateline = Arbitraries.of("", "Beijing (ANTARA) - ", "Jakarta (ANTARA) - ", "(ANTARA) -");
        return Combinators.combine(dateline, Combinators.combine(word, separator).as(String::concat).list().ofMinSize(20).ofMaxSize(400))
                .as((head, words) -> head + String.join("", words));
    }

    private enum Kind { DELETE_SENTENCE, DUPLICATE_SENTENCE, SWAP_SENTENCES, TYPO, INSERT, TRUNCATE }

    /** One edit at a relative position ({@code where}, {@code other} in [0, 1)) of the text. */
    private record Mutation(Kind kind, double where, double other, String payload) {
        String apply(String text) {
            if (text.isEmpty()) {
                return payload;
            }
            int at = (int) (where * text.length());
            return switch (kind) {
                case DELETE_SENTENCE, DUPLICATE_SENTENCE, SWAP_SENTENCES -> sentences(text);
                case TYPO -> text.substring(0, at) + payload + text.substring(Math.min(text.length(), at + 1));
                case INSERT -> text.substring(0, at) + payload + text.substring(at);
                // the end cut off: a file saved or sent half-way (its first half left, so it is still an article)
                case TRUNCATE -> text.substring(0, (text.length() + at) / 2);
            };
        }

        /** Edits the pieces of the text that end at a sentence mark or a line end. */
        private String sentences(String text) {
            List<String> pieces = new ArrayList<>(Arrays.asList(text.split("(?<=[.!?\\n])")));
            int i = (int) (where * pieces.size());
            int j = (int) (other * pieces.size());
            switch (kind) {
                case DELETE_SENTENCE -> pieces.remove(i);
                case DUPLICATE_SENTENCE -> pieces.add(j, pieces.get(i));
                default -> Collections.swap(pieces, i, j);
            }
            return String.join("", pieces);
        }
    }

    private static Arbitrary<Mutation> mutation() {
        Arbitrary<Double> where = Arbitraries.doubles().between(0, 1).filter(d -> d < 1);
        Arbitrary<String> letter = Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z').ofLength(1);
        Arbitrary<String> unicode = Arbitraries.strings().all().excludeChars(NUL).ofMinLength(1).ofMaxLength(20);
        Arbitrary<String> control = Arbitraries.strings().withCharRange('\u0001', '\u001f')
                .withChars('\u007f', '\u0085', '\u200b', '\u200e', '\u202e', '\u2028', '\ufeff', '\ufffd').ofMinLength(1).ofMaxLength(10);
        Arbitrary<String> punctuation = Arbitraries.strings().withChars(".,;:!?\"“”‘’'()[]-–—/%&*#@").ofMinLength(1).ofMaxLength(30);
        Arbitrary<String> hugeNumber = Combinators.combine(Arbitraries.strings().numeric().ofMinLength(10).ofMaxLength(400),
                        Arbitraries.of("", " negara", " triliun dolar AS", ",5 juta", "/12/", " Juli "))
                .as((digits, unit) -> " " + digits + unit + " ");
        Arbitrary<String> payload = Arbitraries.oneOf(letter, unicode, control, punctuation, hugeNumber);
        return Combinators.combine(Arbitraries.of(Kind.class), where, where, payload).as(Mutation::new);
    }
}
