package org.scokg.reference;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.scokg.vocab.MembershipStatus;
import org.scokg.vocab.SCO;

/**
 * The documented membership history of the reference data ({@code sco-memberships.ttl}): which
 * status a state held in an organisation on a given day. Used only where an article names a
 * participant without saying in what capacity.
 */
public final class MembershipHistory {
    private record Period(String organisation, String state, MembershipStatus status, DateValue start, DateValue end) {}

    private final List<Period> periods = new ArrayList<>();

    public MembershipHistory(Model reference) {
        reference.listResourcesWithProperty(RDF.type, SCO.Membership).forEachRemaining(m -> {
            Resource org = m.getPropertyResourceValue(SCO.organisation);
            Resource state = m.getPropertyResourceValue(SCO.memberState);
            Optional<MembershipStatus> status = Optional.ofNullable(m.getPropertyResourceValue(SCO.status))
                    .flatMap(MembershipStatus::ofConcept);
            DateValue start = date(m.getProperty(SCO.startDate));
            if (org != null && state != null && status.isPresent() && start != null) {
                periods.add(new Period(org.getURI(), state.getURI(), status.get(), start, date(m.getProperty(SCO.endDate))));
            }
        });
    }

    /** The status held on {@code day}. */
    public Optional<MembershipStatus> statusOn(Entity organisation, Entity state, DateValue day) {
        if (day == null) {
            return Optional.empty();
        }
        return periods.stream()
                .filter(p -> p.organisation().equals(organisation.iri()) && p.state().equals(state.iri()))
                .filter(p -> notAfter(p.start(), day) && (p.end() == null || before(day, p.end())))
                .map(Period::status).findFirst();
    }

    /**
     * The status a state holds whatever the day: the one it has held since the documented start with no end,
     * when it never held another; empty when its history changed or it has none.
     */
    public Optional<MembershipStatus> statusAlways(Entity organisation, Entity state) {
        List<Period> held = periods.stream()
                .filter(p -> p.organisation().equals(organisation.iri()) && p.state().equals(state.iri())).toList();
        return held.size() == 1 && held.get(0).end() == null ? Optional.of(held.get(0).status()) : Optional.empty();
    }

    /** Whether the state ever held any status in the organisation. */
    public boolean everHeld(Entity organisation, Entity state) {
        return periods.stream().anyMatch(p -> p.organisation().equals(organisation.iri()) && p.state().equals(state.iri()));
    }

    private static boolean notAfter(DateValue start, DateValue day) {
        return start.lexical().compareTo(day.lexical().substring(0, Math.min(day.lexical().length(), start.lexical().length()))) <= 0;
    }

    private static boolean before(DateValue day, DateValue end) {
        String d = day.lexical();
        String e = end.lexical();
        int n = Math.min(d.length(), e.length());
        return d.substring(0, n).compareTo(e.substring(0, n)) < 0 || d.substring(0, n).equals(e.substring(0, n)) && d.length() < e.length();
    }

    private static DateValue date(Statement s) {
        if (s == null) {
            return null;
        }
        String[] parts = s.getLiteral().getLexicalForm().split("-");
        return new DateValue(Integer.parseInt(parts[0]), parts.length > 1 ? Integer.parseInt(parts[1]) : 0,
                parts.length > 2 ? Integer.parseInt(parts[2]) : 0);
    }
}
