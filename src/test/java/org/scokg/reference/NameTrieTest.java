package org.scokg.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * The gazetteer's {@link NameTrie} finds exactly what looking every name up did: walks end at the
 * names {@link Gazetteer#exact} gives, and {@link NameTrie#within} and {@link Gazetteer#near} give
 * every name within the edit distance and no other, checked against a comparison with every name.
 */
class NameTrieTest {
    private static final Gazetteer GAZETTEER = new Gazetteer(ReferenceData.load());
    private static final List<String> KEYS = GAZETTEER.names().stream().map(Gazetteer.Name::normalized)
            .distinct().sorted().toList();

    @Test
    void everyNameEndsAtItsNode() {
        for (String key : KEYS) {
            NameTrie.Node node = GAZETTEER.trie().root().next(key);
            assertEquals(GAZETTEER.exact(key), node.names(), key);
        }
    }

    @Test
    void everyPrefixOfANameHasTheNamesThatAreThatPrefix() {
        for (String key : KEYS) {
            for (int end = 1; end <= key.length(); end++) {
                String prefix = key.substring(0, end);
                assertEquals(GAZETTEER.exact(prefix), GAZETTEER.trie().root().next(prefix).names(), prefix);
            }
        }
    }

    @Test
    void aWalkStopsWhereNoNameGoesOn() {
        assertNull(GAZETTEER.trie().root().next("qqq"));
        assertNull(GAZETTEER.trie().root().next("mongolia").next('x'));
    }

    /** Names, names with up to three random edits, and random words of the names' letters. */
    @Provide
    Arbitrary<String> queries() {
        Arbitrary<String> name = Arbitraries.of(KEYS);
        Arbitrary<String> edited = Combinators.combine(name, Arbitraries.integers().between(0, 3),
                Arbitraries.longs()).as(NameTrieTest::edit);
        Arbitrary<String> random = Arbitraries.strings().withChars("aeiounrstkhgl ").ofMinLength(1).ofMaxLength(14);
        return Arbitraries.oneOf(name, edited, edited, random);
    }

    private static String edit(String name, int edits, long seed) {
        java.util.Random random = new java.util.Random(seed);
        StringBuilder s = new StringBuilder(name);
        for (int e = 0; e < edits && s.length() > 1; e++) {
            int at = random.nextInt(s.length() - 1);
            char c = (char) ('a' + random.nextInt(26));
            switch (random.nextInt(4)) {
                case 0 -> s.insert(at, c);
                case 1 -> s.deleteCharAt(at);
                case 2 -> s.setCharAt(at, c);
                default -> {
                    char first = s.charAt(at);
                    s.setCharAt(at, s.charAt(at + 1));
                    s.setCharAt(at + 1, first);
                }
            }
        }
        return s.toString();
    }

    @Property(tries = 2000)
    void withinIsEveryNameWithinTheDistance(@ForAll("queries") String query, @ForAll @IntRange(min = 0, max = 2) int distance) {
        Set<String> expected = KEYS.stream()
                .filter(key -> key.charAt(0) == query.charAt(0) && Names.editDistance(query, key, distance) <= distance)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(expected, new TreeSet<>(GAZETTEER.trie().within(query, distance)), query);
    }

    /** A name, its entity and its distance: what {@link Gazetteer#near} tells apart. */
    private record Found(String normalized, Entity entity, int distance) {}

    @Property(tries = 2000)
    void nearIsEveryNameWithinTheAllowedDistance(@ForAll("queries") String query) {
        int letters = Gazetteer.lettersIn(query);
        int cap = letters >= 10 ? 2 : 1;
        Set<Found> expected = new HashSet<>();
        if (letters >= Gazetteer.FUZZY_MIN_LENGTH) {
            for (Gazetteer.Name name : GAZETTEER.names()) {
                int d = Names.editDistance(query, name.normalized(), cap);
                if (Gazetteer.lettersIn(name.normalized()) >= Gazetteer.FUZZY_MIN_LENGTH
                        && name.normalized().charAt(0) == query.charAt(0) && d <= cap) {
                    expected.add(new Found(name.normalized(), name.entity(), d));
                }
            }
        }
        List<Gazetteer.Near> near = GAZETTEER.near(query);
        assertEquals(expected, near.stream().map(n -> new Found(n.name().normalized(), n.name().entity(), n.distance()))
                .collect(Collectors.toSet()), query);
        assertEquals(near.stream().sorted(Comparator.comparingInt(Gazetteer.Near::distance)).toList(), near, "nearest first");
        assertEquals(uniqueNearest(expected), GAZETTEER.fuzzy(query).map(e -> Map.entry(e.getKey().entity(), e.getValue())), query);
    }

    /** The entity nearest to the query, and how near, unless two entities are as near. */
    private static Optional<Map.Entry<Entity, Integer>> uniqueNearest(Set<Found> found) {
        int best = found.stream().mapToInt(Found::distance).min().orElse(-1);
        List<Entity> nearest = new ArrayList<>(found.stream().filter(f -> f.distance() == best).map(Found::entity)
                .collect(Collectors.toSet()));
        return nearest.size() == 1 ? Optional.of(Map.entry(nearest.get(0), best)) : Optional.empty();
    }
}
