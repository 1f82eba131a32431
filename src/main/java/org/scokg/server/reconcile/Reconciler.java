package org.scokg.server.reconcile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scokg.reference.Entity;
import org.scokg.reference.EntityKind;
import org.scokg.reference.Gazetteer;
import org.scokg.reference.Names;

/**
 * Proposes the graph's entities for a name, as the extractor recognises names in an article: the
 * gazetteer's exact names first, then names within its edit distance ({@link Gazetteer#near}, the
 * same bound the extractor uses for a typo), then names inside a longer text ("Presiden Xi
 * Jinping"), and for meetings where and when the text says they were.
 *
 * <p>Scores, out of 100: 100 a label, 95 another name, 90 a name one edit away (80 two), less for a
 * part of the text in proportion to the letters it covers, 60 a person's surname alone; for a
 * meeting 45 its place, 45 its date or 35 its year, 10 its organisation. The first candidate is a
 * match when it scores 90 or more and no other candidate scores as much.
 */
final class Reconciler {
    static final int DEFAULT_LIMIT = 5;
    static final int MAX_LIMIT = 25;
    static final double MATCH_SCORE = 90;

    private static final int SHORT_NAME = 3;
    private static final Pattern YEAR = Pattern.compile("\\b(1[89]\\d\\d|20\\d\\d)\\b");
    private static final Pattern FULL_DATE = Pattern.compile("\\b(1[89]\\d\\d|20\\d\\d)-(\\d\\d)-(\\d\\d)\\b");

    /** A query: the name, the types it may be (any when empty), how many candidates, and property values. */
    record Query(String text, Set<ReconciliationType> types, int limit, List<PropertyValue> properties) {}

    /**
     * A property value of a query: {@code qid} (the entity's Wikidata ID), {@code state} (the state of a
     * person, place or meeting: its name, QID or identifier), {@code date} (a meeting's date or year).
     */
    record PropertyValue(String pid, List<String> values) {}

    private final ReconciliationIndex index;

    Reconciler(ReconciliationIndex index) {
        this.index = index;
    }

    ReconciliationIndex index() {
        return index;
    }

    List<Candidate> reconcile(Query query) {
        Map<String, Candidate> found = new LinkedHashMap<>();
        String normalized = Names.normalize(query.text());
        if (!normalized.isEmpty()) {
            byName(normalized, found);
            Set<String> named = byPart(query.text(), normalized, found);
            byMeeting(query.text(), named, found);
        }
        for (PropertyValue property : query.properties()) {
            apply(property, found);
        }
        List<Candidate> candidates = new ArrayList<>(found.values().stream()
                .filter(c -> query.types().isEmpty() || query.types().contains(c.type()))
                .filter(c -> c.score() > 0)
                .sorted(Comparator.comparingDouble(Candidate::score).reversed().thenComparing(Candidate::name))
                .limit(Math.max(1, Math.min(query.limit(), MAX_LIMIT)))
                .toList());
        if (!candidates.isEmpty() && candidates.get(0).score() >= MATCH_SCORE
                && (candidates.size() == 1 || candidates.get(1).score() < candidates.get(0).score())) {
            candidates.set(0, candidates.get(0).asMatch());
        }
        return candidates;
    }

    /** The whole text as a name: exact, or within the gazetteer's edit distance. */
    private void byName(String normalized, Map<String, Candidate> found) {
        Gazetteer gazetteer = index.gazetteer();
        for (Gazetteer.Name name : gazetteer.exact(normalized)) {
            offer(name.entity().iri(), name.label() ? 100 : 95, found);
        }
        for (Gazetteer.Near near : gazetteer.near(normalized)) {
            offer(near.name().entity().iri(), 100 - 10 * near.distance() - (near.name().label() ? 0 : 2), found);
        }
        if (!normalized.contains(" ")) {
            for (Entity person : gazetteer.peopleWithNameWord(normalized)) {
                offer(person.iri(), 60, found);
            }
        }
    }

    /**
     * The names inside a longer text, longest first at each word, scored by the share of the text's
     * letters they cover. A name of three letters or fewer counts only when the text writes it in
     * capitals ("RI", "AS"), as in the extractor, so that common words are not taken for names.
     *
     * @return the IRIs of the entities named
     */
    private Set<String> byPart(String text, String normalized, Map<String, Candidate> found) {
        Set<String> named = new HashSet<>();
        String[] words = normalized.split(" ");
        double letters = Gazetteer.lettersIn(normalized);
        Gazetteer gazetteer = index.gazetteer();
        for (int from = 0; from < words.length; from++) {
            for (int n = Math.min(gazetteer.longestNameTokens(), words.length - from); n >= 1; n--) {
                if (n == words.length) {
                    continue; // the whole text, looked up by byName
                }
                String part = String.join(" ", List.of(words).subList(from, from + n));
                if (Gazetteer.lettersIn(part) <= SHORT_NAME && !text.contains(part.toUpperCase(Locale.ROOT))) {
                    continue;
                }
                double share = 80 * Gazetteer.lettersIn(part) / letters;
                for (Gazetteer.Name name : gazetteer.exact(part)) {
                    named.add(name.entity().iri());
                    offer(name.entity().iri(), share, found);
                }
                for (Gazetteer.Near near : gazetteer.near(part)) {
                    named.add(near.name().entity().iri());
                    offer(near.name().entity().iri(), share - 10 * near.distance(), found);
                }
            }
        }
        return named;
    }

    /** Meetings by the place, organisation, date or year the text names. */
    private void byMeeting(String text, Set<String> named, Map<String, Candidate> found) {
        Set<String> years = new HashSet<>();
        Matcher year = YEAR.matcher(text);
        while (year.find()) {
            years.add(year.group());
        }
        Set<String> dates = new HashSet<>();
        Matcher date = FULL_DATE.matcher(text);
        while (date.find()) {
            dates.add(date.group());
        }
        String normalized = Names.normalize(text);
        for (ReconciliationIndex.Meeting meeting : index.meetings()) {
            boolean place = meeting.place().filter(named::contains).isPresent();
            boolean onDate = meeting.date().filter(dates::contains).isPresent();
            boolean inYear = meeting.date().filter(d -> years.contains(d.substring(0, Math.min(4, d.length())))).isPresent();
            boolean organisation = meeting.organisation().filter(named::contains).isPresent();
            double score = (place ? 45 : 0) + (onDate ? 45 : inYear ? 35 : 0) + (organisation ? 10 : 0);
            boolean labelled = index.entity(meeting.iri()).stream().flatMap(m -> m.names().stream())
                    .anyMatch(label -> Names.normalize(label).equals(normalized));
            if (labelled) {
                score = 100;
            }
            if (score >= 45) {
                offer(meeting.iri(), score, found);
            }
        }
    }

    private void apply(PropertyValue property, Map<String, Candidate> found) {
        switch (property.pid().toLowerCase(Locale.ROOT)) {
            case "qid", "wikidata" -> {
                for (String qid : property.values()) {
                    index.byQid(qid).ifPresent(entity -> offer(entity.iri(), 100, found));
                }
                found.replaceAll((iri, c) -> c.qid().isEmpty() ? c
                        : property.values().stream().anyMatch(v -> v.strip().endsWith(c.qid().get())) ? c.withScore(100) : c.withScore(c.score() - 30));
            }
            case "state", "country" -> {
                Set<String> states = new HashSet<>();
                property.values().forEach(v -> stateNamed(v).ifPresent(states::add));
                found.replaceAll((iri, c) -> {
                    Optional<String> state = index.entity(iri).flatMap(ReconciliationIndex.Named::state);
                    if (states.isEmpty() || state.isEmpty()) {
                        return c;
                    }
                    return states.contains(state.get()) ? c.withScore(Math.min(100, c.score() + 10)) : c.withScore(c.score() - 30);
                });
            }
            case "date", "year" -> found.replaceAll((iri, c) -> {
                if (c.type() != ReconciliationType.MEETING) {
                    return c;
                }
                Optional<String> date = index.meetings().stream().filter(m -> m.iri().equals(iri)).findFirst()
                        .flatMap(ReconciliationIndex.Meeting::date);
                boolean agrees = date.isPresent() && property.values().stream().anyMatch(v -> !v.isBlank() && date.get().startsWith(v.strip()));
                return agrees ? c.withScore(Math.min(100, c.score() + 10)) : c.withScore(c.score() - 30);
            });
            default -> {
                // The API lets a service ignore properties it does not know.
            }
        }
    }

    /** The state a property value names: by QID, identifier, or name (exact, else within the edit distance). */
    private Optional<String> stateNamed(String value) {
        Optional<ReconciliationIndex.Named> direct = index.byQid(value).or(() -> index.byId(value));
        if (direct.isPresent()) {
            return direct.filter(e -> e.type() == ReconciliationType.STATE).map(ReconciliationIndex.Named::iri);
        }
        String normalized = Names.normalize(value);
        Optional<String> exact = index.gazetteer().exact(normalized).stream().map(Gazetteer.Name::entity)
                .filter(e -> e.kind() == EntityKind.STATE).map(Entity::iri).findFirst();
        return exact.or(() -> index.gazetteer().fuzzy(normalized).map(m -> m.getKey().entity())
                .filter(e -> e.kind() == EntityKind.STATE).map(Entity::iri));
    }

    /** Keeps the higher of an entity's scores. */
    private void offer(String iri, double score, Map<String, Candidate> found) {
        Candidate known = found.get(iri);
        if (known != null) {
            if (score > known.score()) {
                found.put(iri, known.withScore(score));
            }
            return;
        }
        index.entity(iri).ifPresent(entity -> found.put(iri, new Candidate(iri, entity.label(), entity.type(), entity.qid(),
                describe(entity), Math.round(score * 10) / 10.0, false)));
    }

    /** A line that tells namesakes apart: the type, the state, the QID. */
    String describe(ReconciliationIndex.Named entity) {
        StringBuilder b = new StringBuilder(entity.type().label());
        entity.state().flatMap(index::entity).ifPresent(state -> b.append(", ").append(state.label()));
        entity.qid().ifPresent(qid -> b.append(", Wikidata ").append(qid));
        return b.toString();
    }

    /**
     * Entities with a name beginning with {@code prefix} (or a word of it that does), labels before
     * other names and shorter before longer: the suggest service's answer, one page of it.
     */
    List<ReconciliationIndex.Named> suggest(String prefix, Set<ReconciliationType> types, int offset, int count) {
        String wanted = Names.normalize(prefix);
        if (wanted.isEmpty()) {
            return List.of();
        }
        record Ranked(ReconciliationIndex.Named entity, int rank) {}
        List<Ranked> ranked = new ArrayList<>();
        for (ReconciliationIndex.Named entity : index.entities()) {
            if (!types.isEmpty() && !types.contains(entity.type())) {
                continue;
            }
            int best = Integer.MAX_VALUE;
            for (String name : entity.names()) {
                String normalized = Names.normalize(name);
                boolean label = name.equals(entity.label());
                if (normalized.startsWith(wanted)) {
                    best = Math.min(best, label ? 0 : 1);
                } else if (normalized.contains(" " + wanted)) {
                    best = Math.min(best, 2);
                }
            }
            if (best != Integer.MAX_VALUE) {
                ranked.add(new Ranked(entity, best));
            }
        }
        return ranked.stream()
                .sorted(Comparator.comparingInt(Ranked::rank).thenComparingInt(r -> r.entity().label().length())
                        .thenComparing(r -> r.entity().label()))
                .skip(offset).limit(count).map(Ranked::entity).toList();
    }
}
