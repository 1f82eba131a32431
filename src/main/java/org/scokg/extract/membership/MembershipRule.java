package org.scokg.extract.membership;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scokg.extract.mention.Mention;
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
 * A sentence reports attendance when it has an attendance word and no negation of it; a weaker cue
 * ("delegasi", "diundang", "dibuka") only when the sentence names the meeting or its venue too.
 */
public final class MembershipRule implements Rule {
    static final Evidence ATTENDING_LIST = StatusLists.PARTICIPATION.withConfidence(0.8);

    private final Pattern attendance;
    private final Pattern attendanceCue;
    private final Pattern attendanceDenied;
    private final Pattern attendanceAfter;
    private final TriggerWords attendanceRoots;
    private final Pattern leadingParticles;
    /** "dihadiri oleh A – India, juga dari Rusia – B, ...": the attendees named after a passive verb of attending. */
    private final Pattern attendedBy;
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
        Counterparts counterparts = new Counterparts(lexicon);
        statusLists = new StatusLists(lexicon, statuses, new StateCounts(lexicon, numbers), counterparts);
        changes = new StatusChanges(lexicon, statuses);
        foundings = new Foundings(lexicon, anaphor);
        representatives = new Representatives(lexicon, statuses, counterparts);
        anaphora = new ParticipantAnaphora(anaphor);
        roles = new ParticipantRoles(history);
        stateLists = new StateList.Finder(lexicon);
        int f = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        String attending = "(?:" + lexicon.alternation("participation/attendance-words", false) + "|"
                + lexicon.alternation("participation/attendance-cues", false) + ")";
        attendance = lexicon.wordPattern("participation/attendance-words");
        // "bertemu" is a cue too: "Putin bertemu dengan Xi di KTT SCO" says both were there
        attendanceCue = Pattern.compile("\\b(?:" + lexicon.alternation("participation/attendance-cues", false) + "|"
                + lexicon.alternation("meeting/gathering-verbs", false) + ")\\b", f);
        attendanceDenied = Pattern.compile("\\b" + lexicon.alternation("participation/attendance-negations", false)
                + "\\s+(?:\\p{L}+\\s+)?" + attending + "\\b", f);
        attendanceAfter = Pattern.compile("^\\s*(?:" + lexicon.alternation("grammar/additive-particles", false) + "\\s+)*"
                + attending + "\\b", f);
        otherEvents = new OtherEvents(lexicon);
        attendanceRoots = new TriggerWords(lexicon, "participation/attendance-roots");
        leadingParticles = Pattern.compile("^\\s*(?:" + lexicon.alternation("grammar/additive-particles", false) + "\\s+)*", f);
        attendedBy = Pattern.compile("\\b" + lexicon.alternation("participation/attended-by", false) + "\\b"
                + "(?<agents>[^;]*?)(?:\\b" + lexicon.alternation("participation/agent-clause-ends", false) + "\\b|;|$)", f);
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
            boolean named = meetings.namedIn(s) != null || meetingWord.matcher(s.text()).find()
                    || meeting != null && meeting.place != null && s.mentions.stream().anyMatch(m -> m.entity().equals(meeting.place));
            boolean attending = meeting != null && (attendance.matcher(s.text()).find() || attendanceRoots.in(s)
                    || named && attendanceCue.matcher(s.text()).find())
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
                    attendeesNamed(s, lists, meeting, participations);
                    representatives.apply(a, s, meeting, organisation.get(), participations);
                    anaphora.apply(s, meeting, earlier, participations);
                }
            }
            lists.forEach(list -> earlier.add(list, listStatuses.get(list)));
        }
        roles.apply(a.extraction);
    }

    /**
     * "Pertemuan itu dihadiri oleh Ajit Doval – India, juga dari Rusia – Nikolai Patrushev, ...": every
     * state named among the agents of a passive verb of attending, up to the end of their clause.
     */
    private void attendeesNamed(SentenceAnalysis s, List<StateList> lists, Extraction.Meeting meeting,
                                Participations participations) {
        Matcher by = attendedBy.matcher(s.text());
        if (!by.find()) {
            return;
        }
        int from = s.sentence.start() + by.start("agents");
        int to = s.sentence.start() + by.end("agents");
        for (StateList list : lists) {
            for (Mention state : list.states()) {
                if (state.start() >= from && state.end() <= to) {
                    participations.add(new Extraction.Participation(meeting, state.entity(), null, null, ATTENDING_LIST.at(s)));
                }
            }
        }
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
