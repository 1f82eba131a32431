package org.scokg.store;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scokg.article.Article;
import org.scokg.extract.analysis.Extraction;
import org.scokg.extract.mention.Lexicon;
import org.scokg.reference.EntityKind;

/**
 * Whether an article is one the graph is about: Indonesian (its declared language, else enough of its
 * words among the common Indonesian function words of {@code data/lexicon/relevance/function-words.txt}) and
 * naming a focus organisation ({@code data/lexicon/focus-organisations.txt}, by any of the gazetteer's
 * names for it, as the extractor found them). An article that is not is skipped, with the reason: it is
 * no error, a news feed holds many such.
 */
final class ArticleScope {
    /**
     * The least share of function words in an Indonesian text. Measured: the 68 article files of the
     * repository (seeds, test, held-out, fixtures, real) have at least 11.9 % (a list of 22 leaders' names),
     * a paragraph of English news 0 % (see ArticleScopeTest); half the least leaves room for denser lists.
     */
    static final double MIN_FUNCTION_WORD_SHARE = 0.06;
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Set<String> INDONESIAN = Set.of("id", "in");

    private final Set<String> functionWords;
    private final Set<String> focusOrganisations;

    ArticleScope(Lexicon lexicon) {
        this.functionWords = lexicon.words("relevance/function-words");
        this.focusOrganisations = lexicon.words("relevance/focus-organisations");
    }

    /** Why {@code article} is not read as Indonesian, if it is not. */
    Optional<String> notIndonesian(Article article) {
        Optional<String> declared = article.metadata().language();
        if (declared.isPresent()) {
            String primary = declared.get().split("-")[0];
            return INDONESIAN.contains(primary) ? Optional.empty()
                    : Optional.of("its declared language is " + declared.get() + ", not Indonesian (id)");
        }
        double share = functionWordShare(article.body());
        return share >= MIN_FUNCTION_WORD_SHARE ? Optional.empty() : Optional.of(String.format(
                "it does not read as Indonesian (%.0f %% of its words are common Indonesian function words, "
                        + "less than %.0f %%); declare its language to load it", share * 100, MIN_FUNCTION_WORD_SHARE * 100));
    }

    /** Why the article the extraction is of is about no focus organisation, if it is not. */
    Optional<String> offTopic(Extraction extraction) {
        boolean named = extraction.mentions.stream()
                .anyMatch(m -> m.is(EntityKind.ORGANISATION) && focusOrganisations.contains(m.entity().slug()));
        return named ? Optional.empty() : Optional.of("it names no focus organisation (" + String.join(", ", focusOrganisations) + ")");
    }

    double functionWordShare(String text) {
        int words = 0;
        int function = 0;
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words++;
            if (functionWords.contains(m.group().toLowerCase(java.util.Locale.ROOT))) {
                function++;
            }
        }
        return words == 0 ? 0 : (double) function / words;
    }
}
