package org.scokg.wikidata.diff;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.scokg.wikidata.model.Wikidata;
import org.scokg.wikidata.model.WikidataStatement;
import org.scokg.wikidata.snapshot.Snapshot;

/**
 * The offices the graph states against the snapshot's positions held (P39). The graph's offices are
 * generic (president, prime minister); Wikidata's positions are per state, and a state names its own:
 * {@code office held by head of state} (P1906) and {@code office held by head of government} (P1313).
 * A president may hold either (in Iran the head of state is the Supreme Leader), a prime minister the
 * head of government's; the person's P39 toward one of them agrees, none lacks. Other offices have no
 * such property and are not mapped. Never exported: the diff names the candidate positions, an editor
 * picks the one.
 */
public final class OfficeDiff {
    /** The state properties whose values an office may be. */
    private static final Map<String, List<String>> POSITIONS = Map.of(
            "President", List.of(Wikidata.OFFICE_OF_HEAD_OF_STATE, Wikidata.OFFICE_OF_HEAD_OF_GOVERNMENT),
            "PrimeMinister", List.of(Wikidata.OFFICE_OF_HEAD_OF_GOVERNMENT));
    private final Snapshot snapshot;

    public OfficeDiff(Snapshot snapshot) {
        this.snapshot = snapshot;
    }

    public List<OfficeFinding> compare(List<GraphOffice> facts) {
        List<OfficeFinding> findings = new ArrayList<>();
        facts.forEach(f -> findings.add(compare(f)));
        return findings;
    }

    private OfficeFinding compare(GraphOffice fact) {
        List<String> properties = POSITIONS.get(fact.office());
        if (properties == null) {
            return unmapped(fact, "Wikidata names no position for the office " + fact.office() + " of a state");
        }
        if (fact.holderQid().isEmpty() || fact.stateQid().isEmpty()) {
            return unmapped(fact, "no Wikidata ID for " + (fact.holderQid().isEmpty() ? fact.holderName()
                    : fact.stateName().isEmpty() ? "the office's state" : fact.stateName()));
        }
        String person = fact.holderQid().get();
        String state = fact.stateQid().get();
        if (!snapshot.covers(person) || !snapshot.covers(state)) {
            return unmapped(fact, (snapshot.covers(person) ? state : person)
                    + " is not in the snapshot; take a new one: sco wikidata refresh");
        }
        Set<String> positions = new LinkedHashSet<>();
        for (String property : properties) {
            snapshot.statements(state, property).stream().filter(WikidataStatement::open)
                    .forEach(s -> positions.add(s.value()));
        }
        if (positions.isEmpty()) {
            return unmapped(fact, "the snapshot names no position for it: " + String.join(" or ", properties)
                    + " of " + fact.stateDisplay());
        }
        Optional<WikidataStatement> held = snapshot.statements(person, Wikidata.POSITION_HELD).stream()
                .filter(s -> positions.contains(s.value())).findFirst();
        if (held.isPresent()) {
            return new OfficeFinding(fact, Finding.Kind.AGREES, "Wikidata has position held (P39) " + held.get().value()
                    + held.get().start().map(t -> " since " + t).orElse("") + held.get().end().map(t -> " until " + t).orElse(""));
        }
        return new OfficeFinding(fact, Finding.Kind.NEW, "Wikidata has no position held (P39) "
                + String.join(" or ", positions) + " (" + String.join(", ", properties) + " of " + fact.stateDisplay() + ")");
    }

    private static OfficeFinding unmapped(GraphOffice fact, String detail) {
        return new OfficeFinding(fact, Finding.Kind.UNMAPPED, detail);
    }
}
