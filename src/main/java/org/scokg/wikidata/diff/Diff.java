package org.scokg.wikidata.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.scokg.wikidata.model.Wikidata;
import org.scokg.wikidata.model.WikidataStatement;
import org.scokg.wikidata.model.WikidataTime;
import org.scokg.wikidata.snapshot.Snapshot;

/**
 * The graph's membership statuses against the snapshot: what Wikidata lacks, what it has without a
 * date the graph knows, what agrees, and what conflicts, each fact with its sentence and article.
 */
public final class Diff {
    private final Snapshot snapshot;
    private final StatusRoles roles;

    public Diff(Snapshot snapshot, StatusRoles roles) {
        this.snapshot = snapshot;
        this.roles = roles;
    }

    public List<Finding> compare(List<GraphMembership> facts) {
        List<Finding> findings = new ArrayList<>();
        for (GraphMembership fact : facts) {
            findings.add(compare(fact, facts));
        }
        return findings;
    }

    private Finding compare(GraphMembership fact, List<GraphMembership> all) {
        if (fact.stateQid().isEmpty() || fact.organisationQid().isEmpty()) {
            return finding(fact, Finding.Kind.UNMAPPED, "no Wikidata ID for "
                    + (fact.stateQid().isEmpty() ? fact.stateName() : fact.organisationName()));
        }
        if (!snapshot.covers(fact.stateQid().get())) {
            return finding(fact, Finding.Kind.UNMAPPED, fact.stateQid().get()
                    + " is not in the snapshot; take a new one: sco wikidata refresh");
        }
        Optional<String> superseded = supersededInGraph(fact, all);
        if (superseded.isPresent()) {
            return finding(fact, Finding.Kind.CONFLICT, superseded.get());
        }
        List<WikidataStatement> same = new ArrayList<>();
        for (WikidataStatement s : statusStatements(fact.stateQid().get(), fact.organisationQid().get())) {
            String status = roles.ofStatement(s.property(), s.role()).map(StatusRole::status)
                    .orElse(s.property() + s.role().map(r -> " with role " + r).orElse(""));
            if (status.equals(fact.status())) {
                same.add(s);
            } else if (s.open() && fact.end().isEmpty()) {
                return finding(fact, Finding.Kind.CONFLICT, "Wikidata has " + label(status)
                        + s.start().map(t -> " since " + t).orElse("") + " with no end time: "
                        + label(fact.status()) + " and " + label(status) + " at once");
            }
        }
        if (same.isEmpty()) {
            return finding(fact, Finding.Kind.NEW, "Wikidata has no " + label(fact.status()) + " statement");
        }
        WikidataStatement match = same.get(0);
        if (fact.start().isPresent() && match.start().isPresent() && !fact.start().get().agrees(match.start().get())) {
            return finding(fact, Finding.Kind.CONFLICT, "other start date: Wikidata "
                    + match.start().get() + ", the article " + fact.start().get());
        }
        if (fact.end().isPresent() && match.end().isPresent() && !fact.end().get().agrees(match.end().get())) {
            return finding(fact, Finding.Kind.CONFLICT, "other end date: Wikidata "
                    + match.end().get() + ", the article " + fact.end().get());
        }
        if (fact.start().isPresent() && match.start().isEmpty()) {
            return new Finding(fact, Finding.Kind.ADDS_QUALIFIER, "Wikidata's statement has no start time",
                    Optional.of(Wikidata.START_TIME));
        }
        if (fact.end().isPresent() && match.end().isEmpty()) {
            return new Finding(fact, Finding.Kind.ADDS_QUALIFIER, "Wikidata's statement has no end time",
                    Optional.of(Wikidata.END_TIME));
        }
        return finding(fact, Finding.Kind.AGREES, "Wikidata has it"
                + match.start().map(t -> " since " + t).orElse(""));
    }

    /** The snapshot's statements of the state toward the organisation, in every property a status is modelled with. */
    private List<WikidataStatement> statusStatements(String state, String organisation) {
        List<WikidataStatement> statements = new ArrayList<>();
        for (String property : roles.properties()) {
            snapshot.statements(state, property).stream().filter(s -> s.value().equals(organisation)).forEach(statements::add);
        }
        return statements;
    }

    /**
     * Another article of the graph states a different status of the same state later: this one was
     * superseded, and exporting it without an end would make the state both at once.
     */
    private Optional<String> supersededInGraph(GraphMembership fact, List<GraphMembership> all) {
        if (fact.end().isPresent()) {
            return Optional.empty();
        }
        for (GraphMembership other : all) {
            if (other.state().equals(fact.state()) && other.organisation().equals(fact.organisation())
                    && !other.status().equals(fact.status()) && other.start().isPresent()
                    && (fact.start().isEmpty() || later(other.start().get(), fact.start().get()))) {
                return Optional.of("the graph also states " + label(other.status()) + " since "
                        + other.start().get() + " (" + other.source().article() + "): " + label(fact.status())
                        + " and " + label(other.status()) + " at once unless this one has an end");
            }
        }
        return Optional.empty();
    }

    private static boolean later(WikidataTime a, WikidataTime b) {
        return !a.agrees(b) && a.toString().compareTo(b.toString()) > 0;
    }

    private static Finding finding(GraphMembership fact, Finding.Kind kind, String detail) {
        return new Finding(fact, kind, detail, Optional.empty());
    }

    /** "FullMember" as people say it ("member"). */
    private String label(String status) {
        return roles.of(status).map(StatusRole::label).orElse(status);
    }
}
