package org.scokg.extract.membership;

import java.util.List;
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
import org.scokg.extract.mention.Mention;
import org.scokg.extract.analysis.SentenceAnalysis;
import org.scokg.extract.analysis.StateCounts;

/**
 * A list of states introduced by the status they hold ("anggota penuh SCO adalah A, B dan C", "SCO
 * beranggotakan A, B", "enam negara SCO yakni A, B", "negara yang turut mendirikan SCO adalah A, B"),
 * by their being outside the organisation ("empat negara di luar anggota ... yaitu A, B": guests) or,
 * at a meeting, by their leaders right before it ("para pemimpin A, B dan C", not "menghadiri
 * pertemuan Dewan Menteri Luar Negeri ... di Tashkent, Uzbekistan"). At a meeting the states of such a
 * list took part in it, in that role. A status set apart from the list ("Selain delapan anggota penuh,
 * empat negara lain yakni A, B") is not theirs; a list after "selain" shares the status of the next
 * list ("Selain A dan B, negara lain yang mendirikan SCO adalah C dan D").
 */
final class StatusLists {
    static final Evidence STATUS = new Evidence("status-list", 0.9);
    static final Evidence PARTICIPATION = new Evidence("participation-list", 0.9);
    static final Evidence LEADERS = new Evidence("participation-leaders", 0.75);
    static final Evidence BESIDES = new Evidence("status-besides", 0.8);
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
    private final Pattern founders;
    private final Pattern statesOfOrganisation;
    /**
     * What {@link #founders} and {@link #statesOfOrganisation} end with, alone: far cheaper to rule them
     * out. These patterns begin with {@code (?s).*}, so they are matched with {@code lookingAt}: where
     * {@code find} fails it tries again from every later offset, for a time square in the length.
     */
    private final Pattern openerAtEnd;
    private final Pattern besidesList;
    private final Pattern other;
    private final Pattern anaphor;
    /** Words between the organisation and its verb of composition ("SCO, yang kini beranggotakan"). */
    private static final int MAX_WORDS_SUBJECT_TO_VERB = 3;

    StatusLists(Lexicon lexicon, StatusPhrases statuses, StateCounts counts, Counterparts counterparts) {
        this.statuses = statuses;
        this.counterparts = counterparts;
        this.counts = counts;
        int f = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        String st = statuses.alternation();
        // "mitra dialognya adalah A, B": the possessive suffix does not change the status
        status = Pattern.compile("\\b(" + st + ")(?:nya)?\\b", f);
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
        // group 1: what was founded, between the founding phrase and the list opener
        founders = Pattern.compile("(?s).*\\b" + lexicon.alternation("membership/founder-phrases", false)
                + "\\b([^.;]{0,80}?)\\s*,?\\s*(?<!\\p{L})" + connectors + "\\s*:?\\s*$", f);
        // the organisation between the noun and the opener is checked against the mentions
        statesOfOrganisation = Pattern.compile("(?s).*\\b" + lexicon.alternation("membership/state-nouns", false)
                + "\\s+([^.;]{1,80}?)\\s*,?\\s*(?<!\\p{L})" + connectors + "\\s*:?\\s*$", f);
        openerAtEnd = Pattern.compile("(?s).*(?<!\\p{L})" + connectors + "\\s*:?\\s*$", f);
        String besides = lexicon.alternation("membership/besides-words", false);
        besidesList = Pattern.compile("\\b" + besides + "\\s*$", f);
        other = Pattern.compile("^[\\s,]*(?:[\\p{L}\\d-]+[,\\s]+){0,3}?" + lexicon.alternation("membership/other-words", false) + "\\b", f);
        anaphor = Pattern.compile("\\b" + lexicon.alternation("grammar/anaphors", false) + "\\b", f);
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
        } else if (opensAtEnd(head) && foundersNamed(a, s, list)) {
            statusValue = MembershipStatus.MEMBER;
            role = statusValue;
        } else if (opensAtEnd(head) && statesOfOrganisationNamed(a, s, list)) {
            statusValue = MembershipStatus.MEMBER;
            role = statusValue;
            expected = counts.countIn(head);
        } else if (lastPhrase != null) {
            String rest = head.substring(lastEnd);
            boolean opensList = connector.matcher(rest).find() && rest.strip().split("\\s+").length <= MAX_WORDS_STATUS_TO_LIST;
            if (!opensList || setApart(rest)) {
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

    /**
     * "Selain A dan B, negara lain yang mendirikan SCO adalah C dan D": a list right after "selain"
     * with no status of its own takes the status the next list of the sentence was given.
     */
    void besides(ArticleAnalysis a, SentenceAnalysis s, List<StateList> lists, Map<StateList, MembershipStatus> given,
                 Entity organisation) {
        for (int i = 0; i + 1 < lists.size(); i++) {
            StateList list = lists.get(i);
            MembershipStatus next = given.get(lists.get(i + 1));
            if (next != null && !given.containsKey(list) && besidesList.matcher(list.head()).find()
                    && list.tail().strip().startsWith(",")) {
                for (Entity state : list.entities()) {
                    a.extraction.statuses.add(new Extraction.Status(organisation, state, next, null, BESIDES.at(s)));
                }
                given.put(list, next);
            }
        }
    }

    /**
     * Whether the status is set apart from the list by "lain" before the list opener ("anggota penuh,
     * empat negara lain yakni"), which "antara lain" is not. "Selain empat negara pengamat, yaitu A, B"
     * names the observers: "selain" alone sets nothing apart.
     */
    private boolean setApart(String rest) {
        Matcher opener = connector.matcher(rest);
        return other.matcher(opener.find() ? rest.substring(0, opener.start()) : rest).find();
    }

    /** Whether the head ends with a list opener ("yakni", "adalah", ":"), as the founders' and the states' heads do. */
    private boolean opensAtEnd(String head) {
        return openerAtEnd.matcher(head).lookingAt();
    }

    /**
     * "negara yang turut mendirikan SCO adalah A, B", "... menginisiasi berdirinya organisasi tersebut
     * adalah A, B": what was founded is a focus organisation, or a phrase pointing back to one.
     */
    private boolean foundersNamed(ArticleAnalysis a, SentenceAnalysis s, StateList list) {
        Matcher m = founders.matcher(list.head());
        if (!m.lookingAt()) {
            return false;
        }
        int from = list.start() - list.head().length() + m.start(1);
        int to = list.start() - list.head().length() + m.end(1);
        List<Mention> organisations = s.mentionsOf(EntityKind.ORGANISATION).stream()
                .filter(o -> o.start() >= from && o.end() <= to).toList();
        return organisations.isEmpty() ? anaphor.matcher(m.group(1)).find() && a.organisationOf(s).isPresent()
                : organisations.stream().allMatch(o -> a.isFocus(o.entity()));
    }

    /** "enam negara SCO yakni A, B": the states of a focus organisation, named right after the noun. */
    private boolean statesOfOrganisationNamed(ArticleAnalysis a, SentenceAnalysis s, StateList list) {
        Matcher m = statesOfOrganisation.matcher(list.head());
        if (!m.lookingAt()) {
            return false;
        }
        int from = list.start() - list.head().length() + m.start(1);
        int to = list.start() - list.head().length() + m.end(1);
        return s.mentionsOf(EntityKind.ORGANISATION).stream()
                .anyMatch(o -> o.start() == from && a.isFocus(o.entity())
                        && s.between(o.end(), to).matches("\\s*(?:\\([^()]{1,20}\\))?\\s*"));
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
