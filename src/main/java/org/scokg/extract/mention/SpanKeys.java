package org.scokg.extract.mention;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.scokg.reference.Gazetteer;
import org.scokg.reference.NameTrie;
import org.scokg.reference.Names;

/**
 * The normal forms ({@link Names#normalize}) of the runs of words of one sentence, as the gazetteer
 * is looked up by. Each word and each gap between two words is normalised once; the normal form of
 * a run of words is then theirs put together, whenever {@link Names#normalizesAlone} says that
 * gives the same, and is otherwise the normal form of the run's text itself.
 */
final class SpanKeys {
    private final String body;
    private final List<Token> tokens;
    private final String[] words;
    /** {@code gaps[k]}: the normal form of the text between words k and k + 1, spaces kept. */
    private final String[] gaps;
    /** Whether word k may be put together with others: whether it normalises alone, to something. */
    private final boolean[] wordComposes;
    /** Whether the text between words k and k + 1 normalises alone. */
    private final boolean[] gapComposes;

    SpanKeys(String body, List<Token> tokens) {
        this.body = body;
        this.tokens = tokens;
        int n = tokens.size();
        words = new String[n];
        gaps = new String[n];
        wordComposes = new boolean[n];
        gapComposes = new boolean[n];
        for (int k = 0; k < n; k++) {
            Token t = tokens.get(k);
            words[k] = Names.normalize(t.text());
            // a word of marks alone normalises to nothing, and the spaces around it would then merge
            wordComposes[k] = !words[k].isEmpty() && Names.normalizesAlone(t.text());
            if (k + 1 < n) {
                String between = body.substring(t.end(), tokens.get(k + 1).start());
                gaps[k] = Names.normalizeInside(between);
                gapComposes[k] = Names.normalizesAlone(between);
            }
        }
    }

    /** The normal form of the {@code n} words from word {@code from} and the text between them. */
    String key(int from, int n) {
        if (composableLength(from, n) < n) {
            return Names.normalize(body.substring(tokens.get(from).start(), tokens.get(from + n - 1).end()));
        }
        StringBuilder key = new StringBuilder(words[from]);
        for (int k = from + 1; k < from + n; k++) {
            key.append(gaps[k - 1]).append(words[k]);
        }
        return key.toString();
    }

    /**
     * The names of the gazetteer that the runs of 1 to {@code longest} words from word {@code from}
     * are: element n - 1 for the run of n words, an empty list where it is none. The runs whose
     * normal form is their parts put together are walked down the trie word by word, and the walk
     * ends where no name goes on; any longer run is looked up whole.
     */
    List<List<Gazetteer.Name>> names(NameTrie trie, int from, int longest) {
        List<List<Gazetteer.Name>> names = new ArrayList<>(Collections.nCopies(longest, List.<Gazetteer.Name>of()));
        int composable = composableLength(from, longest);
        NameTrie.Node node = trie.root().next(words[from]);
        for (int n = 1; n <= composable && node != null; n++) {
            if (n > 1) {
                node = node.next(gaps[from + n - 2]);
                node = node == null ? null : node.next(words[from + n - 1]);
            }
            if (node != null) {
                names.set(n - 1, node.names());
            }
        }
        for (int n = composable + 1; n <= longest; n++) {
            NameTrie.Node whole = trie.root().next(key(from, n));
            if (whole != null) {
                names.set(n - 1, whole.names());
            }
        }
        return names;
    }

    /** The most words, up to {@code longest}, from word {@code from} that may be put together. */
    private int composableLength(int from, int longest) {
        int n = 0;
        while (n < longest && wordComposes[from + n] && (n == 0 || gapComposes[from + n - 1])) {
            n++;
        }
        return n;
    }
}
