package org.scokg.extract.analysis;

import org.scokg.reference.Entity;
import org.scokg.reference.Names;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The people of one article, kept in {@link Extraction#people} and indexed by every word of their
 * name, so that "Xi" alone finds Xi Jinping without going over all the people met so far.
 */
final class NamedPeople {
    private final Map<String, Extraction.Person> byKey;
    private final Map<String, List<Extraction.Person>> byNameWord = new HashMap<>();

    NamedPeople(Map<String, Extraction.Person> byKey) {
        this.byKey = byKey;
        byKey.values().forEach(this::index);
    }

    /** The person of this key (an entity's slug, else the name's), recorded on first sight. */
    Extraction.Person person(String name, Optional<Entity> entity) {
        String key = entity.map(Entity::slug).orElse(Names.slug(name));
        Extraction.Person known = byKey.get(key);
        if (known != null) {
            return known;
        }
        Extraction.Person person = new Extraction.Person(key, name, entity);
        byKey.put(key, person);
        index(person);
        return person;
    }

    /** The people one of whose name words is the normalised {@code word}, in the order they were met. */
    List<Extraction.Person> withNameWord(String word) {
        return byNameWord.getOrDefault(word, List.of());
    }

    private void index(Extraction.Person person) {
        for (String word : new LinkedHashSet<>(List.of(Names.normalize(person.name()).split(" ")))) {
            byNameWord.computeIfAbsent(word, w -> new ArrayList<>()).add(person);
        }
    }
}
