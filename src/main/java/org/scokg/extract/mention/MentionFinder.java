package org.scokg.extract.mention;

import org.scokg.reference.Entity;
import org.scokg.reference.Gazetteer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.scokg.article.Article;
import org.scokg.article.Sentence;

/**
 * Finds the gazetteer's entities in a sentence: the longest exact name at each word first, then,
 * for capitalised words of six letters or more that match nothing, the nearest name within a small
 * edit distance (a typo such as "Monglia"). Names of three letters or fewer match only when written
 * in capitals ("AS", "RI") or exactly as the reference data writes them ("Ufa"), so common words
 * never become countries.
 */
public final class MentionFinder {
    private static final int SHORT_NAME = 3;
    private final Gazetteer gazetteer;

    public MentionFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public List<Mention> find(Article article, Sentence sentence, List<Token> tokens) {
        List<Mention> mentions = new ArrayList<>();
        int maxTokens = gazetteer.longestNameTokens();
        SpanKeys keys = new SpanKeys(article.body(), tokens);
        int i = 0;
        while (i < tokens.size()) {
            Mention found = null;
            if (tokens.get(i).capitalised()) {
                found = exact(article, sentence, tokens, keys, i, maxTokens);
                if (found == null) {
                    found = fuzzy(article, sentence, tokens, keys, i, maxTokens);
                }
            }
            if (found != null) {
                mentions.add(found);
                int end = found.end();
                while (i < tokens.size() && tokens.get(i).start() < end) {
                    i++;
                }
            } else {
                i++;
            }
        }
        return mentions;
    }

    private Mention exact(Article article, Sentence sentence, List<Token> tokens, SpanKeys keys, int from,
                          int maxTokens) {
        int longest = Math.min(maxTokens, tokens.size() - from);
        List<List<Gazetteer.Name>> named = keys.names(gazetteer.trie(), from, longest);
        for (int n = longest; n >= 1; n--) {
            List<Gazetteer.Name> names = named.get(n - 1);
            if (names.isEmpty()) {
                continue;
            }
            String surface = surface(article, tokens, from, n);
            // every name of the list has the normal form of the run of words
            if (names.get(0).normalized().length() <= SHORT_NAME && !tokens.get(from).allCaps()
                    && names.stream().noneMatch(nm -> nm.written().equals(surface))) {
                continue;
            }
            Gazetteer.Name name = names.stream().filter(Gazetteer.Name::label).findFirst().orElse(names.get(0));
            if (names.stream().map(Gazetteer.Name::entity).distinct().count() > 1) {
                continue; // an ambiguous name is no evidence for either entity
            }
            return mention(sentence, tokens, from, n, surface, name.entity(), name.label() ? "exact" : "alias", 0);
        }
        return null;
    }

    private Mention fuzzy(Article article, Sentence sentence, List<Token> tokens, SpanKeys keys, int from,
                          int maxTokens) {
        for (int n = Math.min(maxTokens, tokens.size() - from); n >= 1; n--) {
            boolean allCapitalised = tokens.subList(from, from + n).stream().allMatch(Token::capitalised);
            if (!allCapitalised) {
                continue;
            }
            Optional<Map.Entry<Gazetteer.Name, Integer>> match = gazetteer.fuzzy(keys.key(from, n));
            if (match.isPresent() && match.get().getValue() > 0) {
                return mention(sentence, tokens, from, n, surface(article, tokens, from, n),
                        match.get().getKey().entity(), "fuzzy", match.get().getValue());
            }
        }
        return null;
    }

    private static String surface(Article article, List<Token> tokens, int from, int n) {
        return article.body().substring(tokens.get(from).start(), tokens.get(from + n - 1).end());
    }

    private static Mention mention(Sentence sentence, List<Token> tokens, int from, int n, String surface,
                                   Entity entity, String method, int distance) {
        return new Mention(sentence.index(), tokens.get(from).start(), tokens.get(from + n - 1).end(), surface,
                entity, method, distance);
    }
}
