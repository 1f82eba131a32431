package org.scokg.extract.membership;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.scokg.reference.Entity;
import org.scokg.reference.MembershipHistory;
import org.scokg.vocab.MembershipStatus;
import org.scokg.extract.analysis.Evidence;
import org.scokg.extract.analysis.Extraction;

/**
 * After the article is read: a participant whose role the sentence does not give takes the status
 * the article gives its state, else the one the reference history gives for the meeting's date
 * (with less confidence).
 */
final class ParticipantRoles {
    static final Evidence FROM_REFERENCE = new Evidence("participation-role-reference", 0.6);

    private final MembershipHistory history;

    ParticipantRoles(MembershipHistory history) {
        this.history = history;
    }

    void apply(Extraction x) {
        Map<List<Entity>, MembershipStatus> firstStatus = new HashMap<>();
        for (Extraction.Status st : x.statuses) {
            firstStatus.putIfAbsent(List.of(st.organisation(), st.state()), st.status());
        }
        List<Extraction.Participation> resolved = new ArrayList<>();
        for (Extraction.Participation p : x.participations) {
            if (p.role() != null) {
                resolved.add(p);
                continue;
            }
            MembershipStatus role = firstStatus.get(List.of(p.meeting().organisation, p.state()));
            Extraction.Source source = p.source();
            if (role == null) {
                role = history.statusOn(p.meeting().organisation, p.state(), p.meeting().date).orElse(null);
                source = FROM_REFERENCE.at(source.sentence());
            }
            resolved.add(new Extraction.Participation(p.meeting(), p.state(), role, p.representative(), source));
        }
        x.participations.clear();
        x.participations.addAll(resolved);
    }
}
