package org.scokg.extract.membership;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.scokg.reference.DateValue;
import org.scokg.reference.Entity;
import org.scokg.reference.MembershipHistory;
import org.scokg.vocab.MembershipStatus;
import org.scokg.extract.analysis.Evidence;
import org.scokg.extract.analysis.Extraction;

/**
 * After the article is read: a participant whose role the sentence does not give takes the status
 * the article gives its state, else the one the reference history gives for the meeting's date, or
 * the article's publication date when the meeting is undated (with less confidence). A state the
 * history gives no status on that day attended as a guest ("Turkmenistan hadir" at a summit); for a
 * meeting with no date at all, only a status held throughout the history, or none ever, tells the role.
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
                role = fromHistory(p.meeting().organisation, p.state(), dayOf(x, p.meeting()));
                source = FROM_REFERENCE.at(source.sentence());
            }
            resolved.add(new Extraction.Participation(p.meeting(), p.state(), role, p.representative(), source));
        }
        x.participations.clear();
        x.participations.addAll(resolved);
    }

    private static DateValue dayOf(Extraction x, Extraction.Meeting meeting) {
        return meeting.date != null ? meeting.date : x.article.metadata().published().map(DateValue::of).orElse(null);
    }

    private MembershipStatus fromHistory(Entity organisation, Entity state, DateValue day) {
        if (!history.everHeld(organisation, state)) {
            return MembershipStatus.GUEST;
        }
        Optional<MembershipStatus> held = day == null ? history.statusAlways(organisation, state)
                : history.statusOn(organisation, state, day);
        return held.orElse(day == null ? null : MembershipStatus.GUEST);
    }
}
