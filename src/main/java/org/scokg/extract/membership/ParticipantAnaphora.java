package org.scokg.extract.membership;

import java.util.Optional;
import org.scokg.reference.Entity;
import org.scokg.vocab.MembershipStatus;
import org.scokg.extract.analysis.Evidence;
import org.scokg.extract.analysis.Extraction;
import org.scokg.extract.analysis.SentenceAnalysis;

/**
 * "Para pemimpin kedelapan negara tersebut hadir", "Keempat negara pengamat juga diwakili": at a
 * meeting, the states of the latest list of that size (and status, when named) took part.
 */
final class ParticipantAnaphora {
    static final Evidence PARTICIPATION = new Evidence("participation-anaphor", 0.8);

    private final StateCountAnaphor anaphor;

    ParticipantAnaphora(StateCountAnaphor anaphor) {
        this.anaphor = anaphor;
    }

    void apply(SentenceAnalysis s, Extraction.Meeting meeting, EarlierLists earlier, Participations participations) {
        for (StateCountAnaphor.Found found : anaphor.in(s.text())) {
            Optional<StateList> list = found.count() == null ? Optional.empty() : earlier.latest(found.count(), found.status());
            if (list.isEmpty()) {
                continue;
            }
            MembershipStatus listStatus = earlier.statusOf(list.get());
            for (Entity state : list.get().entities()) {
                participations.add(new Extraction.Participation(meeting, state,
                        listStatus != null ? listStatus : found.status(), null, PARTICIPATION.at(s)));
            }
        }
    }
}
