package org.scokg.extract.membership;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.scokg.reference.Entity;
import org.scokg.reference.MembershipHistory;
import org.scokg.vocab.MembershipStatus;
import org.scokg.extract.analysis.ArticleAnalysis;
import org.scokg.extract.analysis.ArticleMeetings;
import org.scokg.extract.analysis.Evidence;
import org.scokg.extract.analysis.Extraction;
import org.scokg.extract.mention.Lexicon;
import org.scokg.extract.mention.QuantityFinder;
import org.scokg.extract.analysis.Rule;
import org.scokg.extract.analysis.SentenceAnalysis;
import org.scokg.extract.analysis.StateCounts;
import org.scokg.extract.analysis.TriggerWords;

/**
 * Membership statuses, participation in meetings and founding history, read sentence by sentence
 * from the lists of states a sentence names ({@link StateList}) and the people it names: status
 * lists ({@link StatusLists}), status changes ({@link StatusChanges}), founders ({@link Foundings}),
 * representatives ({@link Representatives}) and counts that point back to a list
 * ({@link ParticipantAnaphora}); then participants without a role get one ({@link ParticipantRoles}).
 * A sentence reports attendance when it has an attendance word and no negation of it.
 */
public final class MembershipRule implements Rule {
    static final Evidence ATTENDING_LIST = StatusLists.PARTICIPATION.withConfidence(0.8);

    private final Pattern attendance;
    private final Pattern attendanceDenied;
    private final Pattern attendanceAfter;
    private final TriggerWords attendanceRoots;
    private final Pattern leadingParticles;
    private final OtherEvents otherEvents;
    private final Pattern meetingWord;
    private final StatusLists statusLists;
    private final StatusChanges changes;
    private final Foundings foundings;
    private final Representatives representatives;
    private final ParticipantAnaphora anaphora;
    private final ParticipantRoles roles;
    private final StateList.Finder stateLists;

    public MembershipRule(Lexicon lexicon, QuantityFinder numbers, MembershipHistory history) {
        StatusPhrases statuses = new StatusPhrases(lexicon);
        StateCountAnaphor anaphor = new StateCountAnaphor(lexicon, numbers, statuses);
        statusLists = new StatusLists(lexicon, statuses, new StateCounts(lexicon, numbers));
        changes = new StatusChanges(lexicon, statuses);
        foundings = new Foundings(lexicon, anaphor);
        representatives = new Representatives(lexicon, statuses);
        anaphora = new ParticipantAnaphora(anaphor);
        roles = new ParticipantRoles(history);
        stateLists = new StateList.Finder(lexicon);
        int f = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        String attending = lexicon.alternation("participation/attendance-words", false);
        attendance = lexicon.wordPattern("participation/attendance-words");
        attendanceDenied = Pattern.compile("\\b" + lexicon.alternation("participation/attendance-negations", false)
                + "\\s+(?:\\p{L}+\\s+)?" + attending + "\\b", f);
        attendanceAfter = Pattern.compile("^\\s*(?:" + lexicon.alternation("grammar/additive-particles", false) + "\\s+)*"
                + attending + "\\b", f);
        otherEvents = new OtherEvents(lexicon);
        attendanceRoots = new TriggerWords(lexicon, "participation/attendance-roots");
        leadingParticles = Pattern.compile("^\\s*(?:" + lexicon.alternation("grammar/additive-particles", false) + "\\s+)*", f);
        meetingWord = Pattern.compile("\\b" + lexicon.alternation("meeting/meeting-words", true) + "\\b", f);
    }

    @Override
    public void apply(ArticleAnalysis a, ArticleMeetings meetings) {
        EarlierLists earlier = new EarlierLists();
        Participations participations = new Participations(a.extraction.participations);
        SentenceAnalysis previous = null;
        Extraction.Meeting paragraphMeeting = null;
        for (SentenceAnalysis s : a.sentences) {
            paragraphMeeting = meetingOfParagraph(s, previous, paragraphMeeting, meetings);
            previous = s;
            List<StateList> lists = stateLists.in(s);
            Map<StateList, MembershipStatus> listStatuses = new IdentityHashMap<>();
            Optional<Entity> organisation = a.organisationOf(s);
            Extraction.Meeting meeting = meetings.of(s);
            boolean attending = meeting != null && (attendance.matcher(s.text()).find() || attendanceRoots.in(s))
                    && !attendanceDenied.matcher(s.text()).find()
                    && (meetings.namedIn(s) != null || !otherEvents.namesAnother(s, meeting));
            Extraction.Meeting attended = attending ? meeting : null;
            if (organisation.isEmpty() && attending) {
                organisation = Optional.of(meeting.organisation);
            }
            if (organisation.isPresent()) {
                foundings.apply(a, s, lists, earlier);
                MembershipStatus previousChange = null;
                for (StateList list : lists) {
                    MembershipStatus status = statusLists.apply(a, s, list, organisation.get(), attended, participations);
                    if (status != null) {
                        listStatuses.put(list, status);
                    }
                    MembershipStatus changed = changes.apply(a, s, list, paragraphMeeting, attended, participations, previousChange);
                    previousChange = changed;
                    if (changed != null) {
                        listStatuses.putIfAbsent(list, changed);
                    }
                    if (attending && attendsAfter(list)) {
                        // "Kirgizia mengirimkan delegasi", "Belarus dan Mongolia hadir ..."
                        for (Entity state : list.entities()) {
                            participations.add(new Extraction.Participation(meeting, state, null, null, ATTENDING_LIST.at(s)));
                        }
                    }
                }
                statusLists.besides(a, s, lists, listStatuses, organisation.get());
                if (attending) {
                    representatives.apply(a, s, meeting, organisation.get(), participations);
                    anaphora.apply(s, meeting, earlier, participations);
                }
            }
            lists.forEach(list -> earlier.add(list, listStatuses.get(list)));
        }
        roles.apply(a.extraction);
    }

    /** "Belarus dan Mongolia hadir", "Iran juga menghadiri ...": an attendance word right after the list. */
    private boolean attendsAfter(StateList list) {
        return attendanceAfter.matcher(list.tail()).find()
                || attendanceRoots.startsWith(leadingParticles.matcher(list.tail()).replaceFirst(""));
    }

    /**
     * The meeting this sentence or an earlier one of its paragraph names ("Dalam KTT yang sama, ...
     * Sementara itu ..."): the nearest such sentence wins, so the answer is carried forward from the
     * previous sentence's ({@code carried}) within a paragraph, in one pass over the article.
     */
    private Extraction.Meeting meetingOfParagraph(SentenceAnalysis s, SentenceAnalysis previous, Extraction.Meeting carried,
                                                  ArticleMeetings meetings) {
        Extraction.Meeting named = meetings.namedIn(s);
        if (named != null) {
            return named;
        }
        if (meetingWord.matcher(s.text()).find()) {
            return meetings.primary();
        }
        return previous != null && previous.sentence.paragraph() == s.sentence.paragraph() ? carried : null;
    }
}
