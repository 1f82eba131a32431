package org.scokg.reference;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.scokg.vocab.SCO;

/**
 * Names of states, organisations, cities and people, read from the reference RDF. Looks names up
 * exactly (after {@link Names#normalize}) or, for names of six letters or more, within a small
 * edit distance.
 */
public final class Gazetteer {
    static final int FUZZY_MIN_LENGTH = 6;
    private static final String WIKIDATA = "http://www.wikidata.org/entity/";

    /** A name of an entity, and whether it is the entity's label or one of its aliases. */
    /** A name of an entity as written in the reference data, its normal form, and whether it is the label. */
    public record Name(String written, String normalized, Entity entity, boolean label) {}

    private static final int MAX_REMEMBERED_NEAR = 100_000;

    private final Map<String, Entity> byIri = new LinkedHashMap<>();
    private final Map<String, List<Name>> byName = new HashMap<>();
    /** The names that may be matched within an edit distance, in the order read, and their positions there by normal form. */
    private final List<Name> fuzzyNames = new ArrayList<>();
    private final Map<String, List<Integer>> fuzzyPositions = new HashMap<>();
    private final NameTrie trie;
    /**
     * {@link #near} of the names asked for, as the same capitalised words recur from article to
     * article; emptied when full, so that memory stays bounded whatever a corpus holds.
     */
    private final Map<String, List<Near>> nearByName = new ConcurrentHashMap<>();
    private final Map<String, Entity> capitals = new HashMap<>();
    private final Map<String, List<Entity>> peopleByNameWord = new HashMap<>();
    private int longestNameTokens = 1;

    public Gazetteer(Model reference) {
        index(reference, SCO.State, EntityKind.STATE, SCO.isoCode);
        index(reference, SCO.Organisation, EntityKind.ORGANISATION, null);
        index(reference, SCO.City, EntityKind.CITY, SCO.country);
        index(reference, SCO.Person, EntityKind.PERSON, SCO.nationality);
        for (Entity person : byIri.values()) {
            if (person.kind() == EntityKind.PERSON) {
                for (String word : new LinkedHashSet<>(List.of(Names.normalize(person.label()).split(" ")))) {
                    peopleByNameWord.computeIfAbsent(word, w -> new ArrayList<>()).add(person);
                }
            }
        }
        this.trie = new NameTrie(byName);
    }

    private void index(Model model, Resource type, EntityKind kind, org.apache.jena.rdf.model.Property stateLink) {
        model.listResourcesWithProperty(RDF.type, type).forEachRemaining(r -> {
            Optional<String> wikidata = model.listObjectsOfProperty(r, OWL.sameAs).toList().stream()
                    .filter(RDFNode::isURIResource).map(n -> n.asResource().getURI())
                    .filter(u -> u.startsWith(WIKIDATA)).map(u -> u.substring(WIKIDATA.length())).findFirst();
            Optional<String> state = kind == EntityKind.STATE ? Optional.of(r.getURI())
                    : Optional.ofNullable(stateLink == null ? null : r.getPropertyResourceValue(stateLink))
                            .map(Resource::getURI);
            String label = englishLabel(r);
            Entity entity = new Entity(r.getURI(), kind, label, wikidata, state);
            byIri.put(entity.iri(), entity);
            r.listProperties(RDFS.label).forEachRemaining(s -> addName(s, entity, true));
            r.listProperties(SKOS.altLabel).forEachRemaining(s -> addName(s, entity, false));
            r.listProperties(SCO.acronym).forEachRemaining(s -> addName(s, entity, false));
            Resource capitalOf = r.getPropertyResourceValue(SCO.capitalOf);
            if (capitalOf != null) {
                capitals.putIfAbsent(capitalOf.getURI(), entity);
            }
        });
    }

    private static String englishLabel(Resource r) {
        String any = null;
        for (Statement s : r.listProperties(RDFS.label).toList()) {
            if ("en".equals(s.getLanguage())) {
                return s.getString();
            }
            any = s.getString();
        }
        return any != null ? any : r.getURI();
    }

    private void addName(Statement s, Entity entity, boolean label) {
        String normalized = Names.normalize(s.getString());
        if (normalized.isEmpty()) {
            return;
        }
        Name name = new Name(s.getString(), normalized, entity, label);
        List<Name> names = byName.computeIfAbsent(normalized, k -> new ArrayList<>());
        if (names.stream().noneMatch(n -> n.entity().equals(entity))) {
            names.add(name);
        }
        longestNameTokens = Math.max(longestNameTokens, normalized.split(" ").length);
        if (lettersIn(normalized) >= FUZZY_MIN_LENGTH) {
            fuzzyPositions.computeIfAbsent(normalized, k -> new ArrayList<>()).add(fuzzyNames.size());
            fuzzyNames.add(name);
        }
    }

    /** How many letters a name has: what decides whether it may be looked up within an edit distance. */
    public static int lettersIn(String s) {
        return (int) s.chars().filter(Character::isLetter).count();
    }

    public int longestNameTokens() {
        return longestNameTokens;
    }

    public Optional<Entity> byIri(String iri) {
        return Optional.ofNullable(byIri.get(iri));
    }

    /** The capital city of a state, when the reference data names one. */
    public Optional<Entity> capitalOf(Entity state) {
        return Optional.ofNullable(capitals.get(state.iri()));
    }

    public Collection<Entity> entities() {
        return byIri.values();
    }

    /** Entities whose name is exactly {@code normalized}. */
    public List<Name> exact(String normalized) {
        return byName.getOrDefault(normalized, List.of());
    }

    /** All the names in one trie, to match a text against every name at once ({@link #exact} for each of its nodes). */
    public NameTrie trie() {
        return trie;
    }

    /** Every name of the gazetteer, once per entity that bears it. */
    public List<Name> names() {
        return byName.values().stream().flatMap(List::stream).toList();
    }

    /** A name within the allowed edit distance of a looked-up name. */
    public record Near(Name name, int distance) {}

    /**
     * The names within the allowed distance of {@code normalized} (1, or 2 for names of ten letters or
     * more; none below six letters) that begin with the same character, nearest first, in the
     * order they were read when equally near. The candidates come from a walk of the {@link NameTrie},
     * the distance from {@link Names#editDistance}.
     */
    public List<Near> near(String normalized) {
        if (lettersIn(normalized) < FUZZY_MIN_LENGTH) {
            return List.of();
        }
        List<Near> known = nearByName.get(normalized);
        if (known != null) {
            return known;
        }
        if (nearByName.size() >= MAX_REMEMBERED_NEAR) {
            nearByName.clear();
        }
        List<Near> near = List.copyOf(findNear(normalized));
        nearByName.put(normalized, near);
        return near;
    }

    private List<Near> findNear(String normalized) {
        int cap = lettersIn(normalized) >= 10 ? 2 : 1;
        List<Near> near = new ArrayList<>();
        BitSet candidates = new BitSet();
        for (String key : trie.within(normalized, cap)) {
            fuzzyPositions.getOrDefault(key, List.of()).forEach(candidates::set);
        }
        for (int id = candidates.nextSetBit(0); id >= 0; id = candidates.nextSetBit(id + 1)) {
            Name candidate = fuzzyNames.get(id);
            int d = Names.editDistance(normalized, candidate.normalized(), cap);
            if (d <= cap) {
                near.add(new Near(candidate, d));
            }
        }
        near.sort(java.util.Comparator.comparingInt(Near::distance));
        return near;
    }

    /**
     * The one entity whose name is nearest to {@code normalized} within the allowed distance
     * ({@link #near}), or empty when none or more than one are.
     */
    public Optional<Map.Entry<Name, Integer>> fuzzy(String normalized) {
        List<Near> near = near(normalized);
        if (near.isEmpty()) {
            return Optional.empty();
        }
        Near best = near.get(0);
        boolean tie = near.stream().anyMatch(n -> n.distance() == best.distance() && !n.name().entity().equals(best.name().entity()));
        return tie ? Optional.empty() : Optional.of(Map.entry(best.name(), best.distance()));
    }

    /** People of the gazetteer one of whose name words is {@code word} ("Putin" for Vladimir Putin). */
    public List<Entity> peopleWithNameWord(String word) {
        return peopleByNameWord.getOrDefault(Names.normalize(word), List.of());
    }
}
