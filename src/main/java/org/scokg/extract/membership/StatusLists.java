package org.scokg.extract.membership;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scokg.reference.Entity;
import org.scokg.reference.EntityKind;
import org.scokg.vocab.MembershipStatus;
import org.scokg.extract.analysis.ArticleAnalysis;
import org.scokg.extract.analysis.Evidence;
import org.scokg.extract.analysis.Extraction;
import org.scokg.extract.mention.Lexicon;
import org.scokg.extract.analysis.SentenceAnalysis;
import org.scokg.extract.analysis.StateCounts;

/**
 * A list of states introduced by the status they hold ("anggota penuh SCO adalah A, B dan C", "SCO
 * beranggotakan A, B"), by their being outside the organisation ("empat negara di luar anggota ...
 * yaitu A, B": guests) or, at a meeting, by their leaders right before it ("para pemimpin A, B dan C",
 * not "menghadiri pertemuan Dewan Menteri Luar Negeri ... di Tashkent, Uzbekistan"). At a meeting
 * the states of such a list took part in it, in that role.
 */
final class StatusLists {
    static final Evidence STATUS = new Evidence("status-list", 0.9);
    static final Evidence PARTICIPATION = new Evidence("participation-list", 0.9);
    static final Evidence LEADERS = new Evidence("participation-leaders", 0.75);
    /** A status named further back than this many words from the list does not introduce it. */
    private static final int MAX_WORDS_STATUS_TO_LIST = 6;

    private final StatusPhrases statuses;
    private final StateCounts counts;
    private final Pattern status;
    private final Pattern connector;
    private final Pattern outsider;
    private final Pattern guest;
    private final Pattern leaders;
    private final Counterparts counterparts;
    private final Pattern statusVerb;
    private final Map<String, String> statusVerbs;
    private final Pattern blocker;
    private final Pattern composition;
    /** Words between the organisation and its verb of composition ("SCO, yang kini beranggotakan"). */
    private static final int MAX_WORDS_SUBJECT_TO_VERB = 3;

    StatusLists(Lexicon lexicon, StatusPhrases statuses, StateCounts counts, Counterparts counterparts) {
        this.statuses = statuses;
        this.counterparts = counterparts;
        this.counts = counts;
        int f = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        String st = statuses.alternation();
        status = Pattern.compile("\\b(" + st + ")\\b", f);
        String connectors = lexicon.alternation("grammar/list-connectors", false);
        connector = Pattern.compile("(?:\\b" + connectors + "\\b|:)", f);
        outsider = Pattern.compile("\\b" + lexicon.alternation("membership/outsider-markers", false)
                + "\\s+(?:[\\p{L}-]+[,\\s]+){0,2}?" + st + "\\b", f);
        guest = lexicon.wordPattern("membership/guest-words");
        // the leaders' word right before the list, at most a word or two between: "para pemimpin negara A, B"
        leaders = Pattern.compile("\\b" + lexicon.alternation("participation/leader-words", false)
                + "(?:\\s+[\\p{L}-]+){0,2}\\s*:?\\s*$", f);
        statusVerbs = lexicon.table("membership/status-verbs");
        statusVerb = Pattern.compile("\\b(" + lexicon.alternation("membership/status-verbs", true) + ")\\b[^.;]*?(?:\\b"
                + connectors + "\\s*:?)?\\s*$", f);
        blocker = lexicon.wordPattern("membership/status-blockers");
        // "SCO terdiri dari A", "... terdiri dari enam negara, yaitu A", "... meliputi negara di Asia Tengah seperti A"
        composition = Pattern.compile("\\b" + lexicon.alternation("membership/composition-verbs", false)
                + "\\b(?:(?:\\s+[\\p{L}\\d]+){0,3}?\\s*|(?:\\s+[\\p{L}\\d-]+){0,8}?\\s*,?\\s*" + connectors + "\\s*:?\\s*)$", f);
    }

    /**
     * Records what the list's head says of its states and returns the status it gives them, or null.
     *
     * @param attended the meeting the sentence reports attendance at, or null
     */
    MembershipStatus apply(ArticleAnalysis a, SentenceAnalysis s, StateList list, Entity organisation,
                           Extraction.Meeting attended, Participations participations) {
        String head = list.head();
        Matcher m = status.matcher(head);
        int lastEnd = -1;
        String lastPhrase = null;
        while (m.find()) {
            lastEnd = m.end();
            lastPhrase = m.group(1);
        }
        MembershipStatus role = null;
        MembershipStatus statusValue = null;
        Integer expected = null;
        Matcher verb = statusVerb.matcher(head);
        Matcher composed = composition.matcher(head);
        if (composed.find() && organisationIsSubject(a, s, list, composed.start()) && !blocker.matcher(head).find()) {
            // "SCO terdiri dari A, B": the organisation is made of its members
            statusValue = MembershipStatus.MEMBER;
            role = statusValue;
            expected = counts.countIn(head.substring(composed.start()));
        } else if (verb.find() && !blocker.matcher(head).find()) {
            statusValue = StatusPhrases.status(statusVerbs.get(verb.group(1).toLowerCase()));
            role = statusValue;
            expected = counts.countIn(head.substring(verb.end(1)));
        } else if (lastPhrase != null) {
            String rest = head.substring(lastEnd);
            boolean opensList = connector.matcher(rest).find() && rest.strip().split("\\s+").length <= MAX_WORDS_STATUS_TO_LIST;
            if (!opensList) {
                return null;
            }
            expected = counts.countIn(head.substring(0, lastEnd));
            if (outsider.matcher(head).find()) {
                role = MembershipStatus.GUEST;
            } else if (!blocker.matcher(head).find()) {
                statusValue = statuses.of(lastPhrase);
                role = statusValue;
            }
        } else if (attended != null && guest.matcher(head).find() && connector.matcher(head).find()) {
            role = MembershipStatus.GUEST;
            expected = counts.countIn(head);
        } else if (attended != null && leaders.matcher(head).find() && !counterparts.met(head, list.tail())) {
            for (Entity state : list.entities()) {
                participations.add(new Extraction.Participation(attended, state, null, null, LEADERS.at(s)));
            }
            return null;
        }
        if (role == null) {
            return null;
        }
        Extraction x = a.extraction;
        for (Entity state : list.entities()) {
            if (statusValue != null) {
                x.statuses.add(new Extraction.Status(organisation, state, statusValue, null, STATUS.at(s)));
            }
            if (attended != null) {
                participations.add(new Extraction.Participation(attended, state, role, null, PARTICIPATION.at(s)));
            }
        }
        StateCounts.check(x, s, expected, list.entities().size(), statusValue != null ? statusValue : role);
        return statusValue;
    }

    /** Whether a focus organisation is named just before the verb at {@code verbInHead}, as its subject. */
    private static boolean organisationIsSubject(ArticleAnalysis a, SentenceAnalysis s, StateList list, int verbInHead) {
        int verbAt = list.start() - list.head().length() + verbInHead;
        return s.mentionsOf(EntityKind.ORGANISATION).stream()
                .filter(o -> o.end() <= verbAt && a.isFocus(o.entity()))
                .anyMatch(o -> words(s.between(o.end(), verbAt)) <= MAX_WORDS_SUBJECT_TO_VERB);
    }

    private static int words(String text) {
        String stripped = text.replaceAll("[^\\p{L}\\d]+", " ").strip();
        return stripped.isEmpty() ? 0 : stripped.split(" ").length;
    }
}
