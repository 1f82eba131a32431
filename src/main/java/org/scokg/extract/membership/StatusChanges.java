package org.scokg.extract.membership;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scokg.reference.DateValue;
import org.scokg.reference.Entity;
import org.scokg.reference.EntityKind;
import org.scokg.vocab.MembershipStatus;
import org.scokg.extract.analysis.ArticleAnalysis;
import org.scokg.extract.mention.DateMention;
import org.scokg.extract.analysis.Evidence;
import org.scokg.extract.analysis.Extraction;
import org.scokg.extract.mention.Lexicon;
import org.scokg.extract.mention.Mention;
import org.scokg.extract.analysis.SentenceAnalysis;

/**
 * A status taken or held, said after the states: "Laos sebagai mitra dialog" after an admission
 * word, "Iran resmi menjadi anggota penuh", "Uzbekistan bergabung pada 2001", "status mitra dialog
 * kepada Qatar", "Pakistan, yang merupakan anggota SCO", "A dan B, yang semuanya tergabung dalam SCO".
 * A change is dated by the date that follows it, else by the meeting it was decided at. A list that
 * repeats only a date after a dated change takes that change with its own date: "A bergabung pada
 * 2017, B pada 2023 dan C pada 2024".
 */
final class StatusChanges {
    static final Evidence DATED = new Evidence("status-change", 0.85);
    static final Evidence UNDATED = DATED.withConfidence(0.7);
    static final Evidence COPULA = new Evidence("status-copula", 0.85);
    static final Evidence COPULA_PARTICIPATION = StatusLists.PARTICIPATION.withConfidence(0.85);

    private final StatusPhrases statuses;
    private final Pattern changeAfter;
    private final Pattern copulaAfter;
    private final Pattern joiningAfter;
    private final Pattern belongingAfter;
    private final Pattern separatorOnly;
    private final Pattern changeBefore;
    private final Pattern joiningBefore;
    private final Pattern yearAfterState;
    private final Pattern statusGiven;
    private final Pattern asStatusAfter;
    private final Pattern blocker;
    private final Pattern renaming;

    StatusChanges(Lexicon lexicon, StatusPhrases statuses) {
        this.statuses = statuses;
        int f = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        String st = statuses.alternation();
        String adverbs = "(?:" + lexicon.alternation("membership/status-adverbs", false) + "\\s+)*";
        // "status Belarus dinaikkan dari mitra dialog menjadi negara pengamat": the status before "menjadi" is the old one
        String raised = "(?:" + lexicon.alternation("membership/status-raising-verbs", false)
                + "\\s+(?:statusnya\\s+)?(?:dari\\s+[^,.;]{1,40}?\\s+)?)?";
        String change = lexicon.alternation("membership/status-change-words", false);
        changeAfter = Pattern.compile("^\\s*,?\\s*(?:yang\\s+)?" + adverbs + raised + change + "\\s+(?:sebagai\\s+)?(?:negara\\s+)?(" + st + ")\\b", f);
        copulaAfter = Pattern.compile("^\\s*,?\\s*(?:yang\\s+)?" + adverbs + lexicon.alternation("membership/status-copulas", false)
                + "\\s+(?:negara\\s+)?(" + st + ")\\b", f);
        joiningAfter = Pattern.compile("^\\s*,?\\s*(?:yang\\s+)?" + adverbs + lexicon.alternation("membership/joining-words", false) + "\\b", f);
        belongingAfter = Pattern.compile("^\\s*,?\\s*(?:yang\\s+)?" + adverbs + lexicon.alternation("membership/belonging-words", false) + "\\b", f);
        separatorOnly = Pattern.compile("\\s*\\)?\\s*(?:,\\s*(?:" + lexicon.alternation("grammar/conjunctions", false) + "\\s+)?|"
                + lexicon.alternation("grammar/conjunctions", false) + "\\s+)", f);
        changeBefore = Pattern.compile("\\b" + lexicon.alternation("membership/admission-words", false) + "\\s*$", f);
        joiningBefore = Pattern.compile("\\b" + lexicon.alternation("membership/joining-nouns", false) + "\\s*$", f);
        yearAfterState = Pattern.compile("^\\s*\\((\\d{4})\\)");
        statusGiven = Pattern.compile("\\bstatus\\s+(" + st + ")\\s+(?:kepada|bagi|untuk)\\s*$", f);
        asStatusAfter = Pattern.compile("^\\s*(?:sebagai|menjadi)\\s+(?:negara\\s+)?(" + st + ")\\b", f);
        blocker = lexicon.wordPattern("membership/status-blockers");
        renaming = lexicon.wordPattern("membership/renaming-words");
    }

    /**
     * Records the status the list's tail (or, given, its head) says its states took or hold, and
     * returns it, or null.
     *
     * @param meeting the meeting of the sentence's paragraph, whose date a change takes when it has none
     * @param attended the meeting the sentence reports attendance at, or null
     * @param previousChange the change the sentence's previous list was said to take, or null
     */
    MembershipStatus apply(ArticleAnalysis a, SentenceAnalysis s, StateList list, Extraction.Meeting meeting,
                           Extraction.Meeting attended, Participations participations, MembershipStatus previousChange) {
        String head = list.head();
        String tail = list.tail();
        MembershipStatus value = null;
        Matcher m;
        if ((m = changeAfter.matcher(tail)).find() || (changeBefore.matcher(head).find() && (m = asStatusAfter.matcher(tail)).find())) {
            value = statuses.of(m.group(1));
        } else if (joiningAfter.matcher(tail).find() || joiningBefore.matcher(head).find()) {
            value = MembershipStatus.MEMBER;
        } else if ((m = copulaAfter.matcher(tail)).find()) {
            return stated(a, s, list, statuses.of(m.group(1)), attended, participations);
        } else if (belongingAfter.matcher(tail).find()) {
            return stated(a, s, list, MembershipStatus.MEMBER, attended, participations);
        } else if (previousChange != null && onlyDated(s, list)) {
            value = previousChange;
        } else {
            Matcher given = statusGiven.matcher(head);
            if (given.find()) {
                value = statuses.of(given.group(1));
            }
        }
        if (value == null || blocker.matcher(clause(head)).find() || blocker.matcher(firstWords(tail, 4)).find()) {
            return null;
        }
        Entity org = organisationNear(a, s, list);
        if (org == null) {
            return null;
        }
        // the date after the list ("A bergabung pada 2017"), else one opening its clause ("Pada 2018, A bergabung")
        int clauseFrom = list.start() - clause(head).length();
        DateValue since = s.dates.stream()
                .filter(d -> d.start() >= list.end() && !d.kind().equals("period") && !d.preposition().equals("hingga"))
                .filter(d -> d.start() < list.end() + tail.length())
                .map(DateMention::value).findFirst()
                .or(() -> s.dates.stream()
                        .filter(d -> d.start() >= clauseFrom && d.end() <= list.start() && !d.kind().equals("period"))
                        .map(DateMention::value).reduce((x, y) -> y))
                .orElse(meeting != null ? meeting.date : null);
        // "A dan B (2017), C (2023)": a year in parentheses dates the states back to the previous year
        DateValue carried = null;
        for (int i = list.states().size() - 1; i >= 0; i--) {
            Mention state = list.states().get(i);
            carried = yearAfter(s, state).orElse(carried);
            DateValue when = carried != null ? carried : since;
            a.extraction.statuses.add(new Extraction.Status(org, state.entity(), value, when,
                    (when != null ? DATED : UNDATED).at(s)));
        }
        return value;
    }

    /**
     * "..., B pada 2023 dan C": the list is framed by a date ending the previous clause and a date of
     * its own, with nothing but a separator and a preposition between: the verb is left out.
     */
    private boolean onlyDated(SentenceAnalysis s, StateList list) {
        boolean datedBefore = s.dates.stream().anyMatch(d -> d.end() <= list.start()
                && separatorOnly.matcher(s.between(d.end(), list.start())).matches());
        return datedBefore && s.dates.stream().anyMatch(d -> d.start() >= list.end()
                && s.between(list.end(), d.start()).matches("\\s*(?:\\p{L}+\\s+)?"));
    }

    /** The year in parentheses right after a state of a list: "India (2017), Iran (2023)". */
    private Optional<DateValue> yearAfter(SentenceAnalysis s, Mention state) {
        Matcher y = yearAfterState.matcher(s.between(state.end(), s.sentence.end()));
        return y.find() ? Optional.of(DateValue.ofYear(Integer.parseInt(y.group(1)))) : Optional.empty();
    }

    /** "A, yang merupakan anggota SCO": a status held, not taken; undated. */
    private MembershipStatus stated(ArticleAnalysis a, SentenceAnalysis s, StateList list, MembershipStatus stated,
                                    Extraction.Meeting attended, Participations participations) {
        Entity org = organisationNear(a, s, list);
        if (org == null || blocker.matcher(clause(list.head())).find()) {
            return null;
        }
        for (Entity state : list.entities()) {
            a.extraction.statuses.add(new Extraction.Status(org, state, stated, null, COPULA.at(s)));
            if (attended != null) {
                participations.add(new Extraction.Participation(attended, state, stated, null, COPULA_PARTICIPATION.at(s)));
            }
        }
        return stated;
    }

    /** The organisation a status of this list is in: the one renamed to, else the nearest focus one. */
    private Entity organisationNear(ArticleAnalysis a, SentenceAnalysis s, StateList list) {
        Matcher r = renaming.matcher(s.text());
        if (r.find()) {
            int after = s.sentence.start() + r.end();
            Optional<Entity> renamedTo = s.mentionsOf(EntityKind.ORGANISATION).stream()
                    .filter(o -> o.start() >= after).map(Mention::entity).filter(a::isFocus).findFirst();
            if (renamedTo.isPresent()) {
                return renamedTo.get();
            }
        }
        return s.mentionsOf(EntityKind.ORGANISATION).stream()
                .filter(o -> o.start() >= list.end()).map(Mention::entity).filter(a::isFocus).findFirst()
                .or(() -> a.organisationOf(s)).orElse(null);
    }

    /** The clause a list's head ends with: the text after the last sentence-like boundary. */
    private static String clause(String head) {
        int cut = Math.max(head.lastIndexOf(';'), head.lastIndexOf(". "));
        return cut >= 0 ? head.substring(cut + 1) : head;
    }

    private static String firstWords(String text, int n) {
        String[] words = text.strip().split("\\s+");
        return String.join(" ", Arrays.copyOf(words, Math.min(n, words.length)));
    }
}
