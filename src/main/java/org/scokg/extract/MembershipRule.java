package org.scokg.extract;

import org.scokg.reference.DateValue;
import org.scokg.reference.Entity;
import org.scokg.reference.EntityKind;
import org.scokg.reference.MembershipHistory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Membership statuses, participation in meetings and founding history, from lists of states:
 * "anggota penuh SCO adalah A, B dan C" (status), "hadir ... 10 negara anggota yaitu ..." (status
 * and participation), "mengundang empat negara di luar anggota ... yaitu ..." (guests), changes
 * ("penerimaan Laos sebagai mitra dialog", "Iran resmi menjadi anggota penuh", "Uzbekistan
 * bergabung pada 2001") and founders ("kelima negara itu membentuk Shanghai Five pada 26 April
 * 1996"). A procedure, an application or a memorandum is not a status.
 */
final class MembershipRule {
    private static final int MAX_WORDS_STATUS_TO_LIST = 6;
    private static final String ADVERBS = "(?:(?:telah|kini|sudah|resmi|secara\\s+resmi|akhirnya|pun|juga|pada\\s+akhirnya|tetap|masih)\\s+)*";
    /** "status Belarus dinaikkan dari mitra dialog menjadi negara pengamat": the status before "menjadi" is the old one. */
    private static final String RAISED = "(?:(?:dinaikkan|ditingkatkan|diturunkan)\\s+(?:statusnya\\s+)?(?:dari\\s+[^,.;]{1,40}?\\s+)?)?";

    private final Map<String, String> statusNames;
    private final Pattern status;
    private final Pattern connector;
    private final Pattern outsider;
    private final Pattern guest;
    private final Pattern attendance;
    private final Pattern attendanceDenied;
    private final Pattern leaders;
    private final Pattern statusVerb;
    private final Map<String, String> statusVerbs;
    private final Pattern blocker;
    private final Pattern changeAfter;
    private final Pattern copulaAfter;
    private final Pattern joiningAfter;
    private final Pattern changeBefore;
    private final Pattern statusGiven;
    private final Pattern meetingWord;
    private final Pattern asStatusAfter;
    private final Pattern count;
    private final Pattern founding;
    private final Pattern renaming;
    private final Pattern anaphor;
    private final Pattern attendanceAfter;
    private final QuantityFinder numbers;
    private final MembershipHistory history;
    private final Pattern fromStatus;
    private final Pattern theirStatus;

    MembershipRule(Lexicon lexicon, QuantityFinder numbers, MembershipHistory history) {
        this.numbers = numbers;
        this.history = history;
        statusNames = lexicon.table("statuses");
        int f = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        String st = lexicon.alternation("statuses", true);
        status = Pattern.compile("\\b(" + st + ")\\b", f);
        connector = Pattern.compile("(?:\\b" + lexicon.alternation("list-connectors", false) + "\\b|:)", f);
        outsider = Pattern.compile("\\b" + lexicon.alternation("outsider-markers", false) + "\\s+(?:[\\p{L}-]+[,\\s]+){0,2}?" + st + "\\b", f);
        guest = Pattern.compile("\\b" + lexicon.alternation("guest-words", false) + "\\b", f);
        attendance = Pattern.compile("\\b" + lexicon.alternation("attendance-words", false) + "\\b", f);
        attendanceDenied = Pattern.compile("\\b" + lexicon.alternation("attendance-negations", false) + "\\s+(?:\\p{L}+\\s+)?"
                + lexicon.alternation("attendance-words", false) + "\\b", f);
        leaders = Pattern.compile("\\b" + lexicon.alternation("leader-words", false) + "\\b", f);
        statusVerbs = lexicon.table("status-verbs");
        statusVerb = Pattern.compile("\\b(" + lexicon.alternation("status-verbs", true) + ")\\b[^.;]*?(?:\\b"
                + lexicon.alternation("list-connectors", false) + "\\s*:?)?\\s*$", f);
        blocker = Pattern.compile("\\b" + lexicon.alternation("status-blockers", false) + "\\b", f);
        String change = lexicon.alternation("status-change-words", false);
        fromStatus = Pattern.compile("^\\W*Dari\\s+(?:kalangan\\s+)?(?:para\\s+)?(?:negara\\s+)?(" + st + ")\\b", f);
        theirStatus = Pattern.compile("\\byang\\s+negaranya\\s+" + ADVERBS + "(?:berstatus|merupakan|adalah|bergabung\\s+sebagai|menjadi)\\s+(?:negara\\s+)?(" + st + ")\\b", f);
        changeAfter = Pattern.compile("^\\s*,?\\s*(?:yang\\s+)?" + ADVERBS + RAISED + change + "\\s+(?:sebagai\\s+)?(?:negara\\s+)?(" + st + ")\\b", f);
        copulaAfter = Pattern.compile("^\\s*,?\\s*(?:yang\\s+)?" + ADVERBS + "(?:merupakan|adalah|ialah|berstatus|hadir\\s+sebagai)\\s+(?:negara\\s+)?(" + st + ")\\b", f);
        joiningAfter = Pattern.compile("^\\s*,?\\s*(?:yang\\s+)?" + ADVERBS + lexicon.alternation("joining-words", false) + "\\b", f);
        changeBefore = Pattern.compile("\\b" + lexicon.alternation("admission-words", false) + "\\s*$", f);
        statusGiven = Pattern.compile("\\bstatus\\s+(" + st + ")\\s+(?:kepada|bagi|untuk)\\s*$", f);
        meetingWord = Pattern.compile("\\b" + lexicon.alternation("meeting-words", true) + "\\b", f);
        asStatusAfter = Pattern.compile("^\\s*(?:sebagai|menjadi)\\s+(?:negara\\s+)?(" + st + ")\\b", f);
        count = Pattern.compile("(?:\\b(\\d{1,3})|\\b(" + lexicon.alternation("numbers", true) + "))\\s+(?:kepala\\s+)?negara\\b", f);
        founding = Pattern.compile("\\b" + lexicon.alternation("founding-words", false) + "\\b", f);
        renaming = Pattern.compile("\\b" + lexicon.alternation("renaming-words", false) + "\\b", f);
        String n = "(?:\\d{1,2}|" + lexicon.alternation("numbers", true) + ")";
        // "kelima negara itu", "keempat negara pengamat", "keenam anggota", "lima negara tersebut"
        anaphor = Pattern.compile("\\b(?:ke(?<n1>" + n + ")\\s+(?:negara\\s+)?(?<s1>" + st + ")?|(?<n2>" + n
                + ")\\s+negara\\s+(?:(?<s2>" + st + ")\\s+)?(?:itu|tersebut|ini)\\b)", f);
        attendanceAfter = Pattern.compile("^\\s*(?:juga\\s+|turut\\s+|pun\\s+)*" + lexicon.alternation("attendance-words", false) + "\\b", f);
    }

    void apply(ArticleAnalysis a, Map<Integer, Extraction.Meeting> meetingBySentence, Extraction.Meeting primary) {
        EarlierLists earlier = new EarlierLists();
        Participations participations = new Participations(a.extraction.participations);
        SentenceAnalysis previous = null;
        Extraction.Meeting paragraphMeeting = null;
        for (SentenceAnalysis s : a.sentences) {
            paragraphMeeting = meetingOfParagraph(s, previous, paragraphMeeting, meetingBySentence, primary);
            previous = s;
            List<StateList> lists = StateList.in(s);
            Map<StateList, String> listStatuses = new IdentityHashMap<>();
            Optional<Entity> organisation = a.organisationOf(s);
            Extraction.Meeting meeting = meetingBySentence.getOrDefault(s.index(), primary);
            boolean attending = meeting != null && attendance.matcher(s.text()).find()
                    && !attendanceDenied.matcher(s.text()).find();
            if (organisation.isEmpty() && attending) {
                organisation = Optional.of(meeting.organisation);
            }
            if (organisation.isPresent()) {
                founding(a, s, lists, earlier);
                for (StateList list : lists) {
                    String status = listStatus(a, s, list, organisation.get(), attending ? meeting : null, participations);
                    if (status != null) {
                        listStatuses.put(list, status);
                    }
                    String changed = change(a, s, list, paragraphMeeting, attending ? meeting : null, participations);
                    if (changed != null) {
                        listStatuses.putIfAbsent(list, changed);
                    }
                    if (attending && attendanceAfter.matcher(list.tail()).find()) {
                        // "Kirgizia mengirimkan delegasi", "Belarus dan Mongolia hadir ..."
                        for (Entity state : list.entities()) {
                            participations.add(new Extraction.Participation(meeting, state, null, null,
                                    new Extraction.Source(s.index(), "participation-list", 0.8)));
                        }
                    }
                }
                if (attending) {
                    representatives(a, s, meeting, organisation.get(), participations);
                    anaphoricParticipants(s, meeting, earlier, participations);
                }
            }
            lists.forEach(list -> earlier.add(list, listStatuses.get(list)));
        }
        assignRepresentativeRoles(a.extraction);
    }

    /**
     * "Para pemimpin kedelapan negara tersebut hadir", "Keempat negara pengamat juga diwakili": the
     * states of the latest list of that size (and status, when named) took part.
     */
    private void anaphoricParticipants(SentenceAnalysis s, Extraction.Meeting meeting, EarlierLists earlier,
                                       Participations participations) {
        Matcher ana = anaphor.matcher(s.text());
        while (ana.find()) {
            Integer n = anaphorCount(ana);
            String status = anaphorStatus(ana);
            Optional<StateList> list = n == null ? Optional.empty() : earlier.latest(n, status);
            if (list.isPresent()) {
                String listStatus = earlier.statusOf(list.get());
                for (Entity state : list.get().entities()) {
                    participations.add(new Extraction.Participation(meeting, state,
                            listStatus != null ? listStatus : status, null,
                            new Extraction.Source(s.index(), "participation-anaphor", 0.8)));
                }
            }
        }
    }

    private Integer anaphorCount(Matcher ana) {
        return numbers.integer(ana.group("n1") != null ? ana.group("n1") : ana.group("n2"));
    }

    private String anaphorStatus(Matcher ana) {
        String phrase = ana.group("s1") != null ? ana.group("s1") : ana.group("s2");
        return phrase == null ? null : statusNames.get(phrase.toLowerCase().replaceAll("\\s+", " "));
    }

    /**
     * The meeting this sentence or an earlier one of its paragraph names ("Dalam KTT yang sama, ...
     * Sementara itu ..."): the nearest such sentence wins, so the answer is carried forward from the
     * previous sentence's ({@code carried}) within a paragraph, in one pass over the article.
     */
    private Extraction.Meeting meetingOfParagraph(SentenceAnalysis s, SentenceAnalysis previous, Extraction.Meeting carried,
                                                  Map<Integer, Extraction.Meeting> meetingBySentence, Extraction.Meeting primary) {
        Extraction.Meeting named = meetingBySentence.get(s.index());
        if (named != null) {
            return named;
        }
        if (mentionsMeeting(s)) {
            return primary;
        }
        return previous != null && previous.sentence.paragraph() == s.sentence.paragraph() ? carried : null;
    }

    private boolean mentionsMeeting(SentenceAnalysis s) {
        return meetingWord.matcher(s.text()).find();
    }

    /** "anggota penuh SCO adalah A, B dan C", "... negara di luar anggota ... yaitu A, B". */
    private String listStatus(ArticleAnalysis a, SentenceAnalysis s, StateList list, Entity organisation,
                              Extraction.Meeting attended, Participations participations) {
        String head = list.head();
        Matcher m = status.matcher(head);
        Matcher last = null;
        int lastStart = -1;
        int lastEnd = -1;
        String lastPhrase = null;
        while (m.find()) {
            lastStart = m.start();
            lastEnd = m.end();
            lastPhrase = m.group(1);
            last = m;
        }
        String role = null;
        String statusValue = null;
        Integer expected = null;
        Matcher verb = statusVerb.matcher(head);
        if (verb.find() && !blocker.matcher(head).find()) {
            statusValue = statusVerbs.get(verb.group(1).toLowerCase());
            role = statusValue;
            expected = countIn(head.substring(verb.end(1)));
        } else if (last != null) {
            String rest = head.substring(lastEnd);
            boolean opensList = connector.matcher(rest).find() && rest.strip().split("\\s+").length <= MAX_WORDS_STATUS_TO_LIST;
            if (!opensList) {
                return null;
            }
            expected = countIn(head.substring(0, lastEnd));
            if (outsider.matcher(head).find()) {
                role = "guest";
            } else if (!blocker.matcher(head).find()) {
                statusValue = statusNames.get(lastPhrase.toLowerCase().replaceAll("\\s+", " "));
                role = statusValue;
            }
        } else if (attended != null && guest.matcher(head).find() && connector.matcher(head).find()) {
            role = "guest";
            expected = countIn(head);
        } else if (attended != null && leaders.matcher(head).find()) {
            for (Entity state : list.entities()) {
                participations.add(new Extraction.Participation(attended, state, null, null,
                        new Extraction.Source(s.index(), "participation-leaders", 0.75)));
            }
            return null;
        }
        if (role == null) {
            return null;
        }
        Extraction x = a.extraction;
        for (Entity state : list.entities()) {
            if (statusValue != null) {
                x.statuses.add(new Extraction.Status(organisation, state, statusValue, null,
                        new Extraction.Source(s.index(), "status-list", 0.9)));
            }
            if (attended != null) {
                participations.add(new Extraction.Participation(attended, state, role, null,
                        new Extraction.Source(s.index(), "participation-list", 0.9)));
            }
        }
        checkCount(x, s, expected, list.entities().size(), statusValue != null ? statusValue : role);
        return statusValue;
    }

    /** A status taken: "Laos sebagai mitra dialog", "Iran resmi menjadi anggota penuh", "bergabung". */
    private String change(ArticleAnalysis a, SentenceAnalysis s, StateList list, Extraction.Meeting meeting,
                          Extraction.Meeting attended, Participations participations) {
        String head = list.head();
        String tail = list.tail();
        String value = null;
        Matcher m;
        if ((m = changeAfter.matcher(tail)).find() || (changeBefore.matcher(head).find() && (m = asStatusAfter.matcher(tail)).find())) {
            value = statusNames.get(m.group(1).toLowerCase().replaceAll("\\s+", " "));
        } else if (joiningAfter.matcher(tail).find()) {
            value = "member";
        } else if ((m = copulaAfter.matcher(tail)).find()) {
            Entity org = organisationNear(a, s, list);
            if (org != null && !blocker.matcher(clause(head)).find()) {
                String stated = statusNames.get(m.group(1).toLowerCase().replaceAll("\\s+", " "));
                for (Entity state : list.entities()) {
                    a.extraction.statuses.add(new Extraction.Status(org, state, stated, null,
                            new Extraction.Source(s.index(), "status-copula", 0.85)));
                    if (attended != null) {
                        participations.add(new Extraction.Participation(attended, state, stated, null,
                                new Extraction.Source(s.index(), "participation-list", 0.85)));
                    }
                }
                return stated;
            }
            return null;
        } else {
            Matcher given = statusGiven.matcher(head);
            if (given.find()) {
                value = statusNames.get(given.group(1).toLowerCase().replaceAll("\\s+", " "));
            }
        }
        if (value == null || blocker.matcher(clause(head)).find() || blocker.matcher(firstWords(tail, 4)).find()) {
            return null;
        }
        Entity org = organisationNear(a, s, list);
        if (org == null) {
            return null;
        }
        DateValue since = s.dates.stream()
                .filter(d -> d.start() >= list.end() && !d.kind().equals("period") && !d.preposition().equals("hingga"))
                .filter(d -> d.start() < list.end() + tail.length())
                .map(DateMention::value).findFirst()
                .orElse(meeting != null ? meeting.date : null);
        for (Entity state : list.entities()) {
            a.extraction.statuses.add(new Extraction.Status(org, state, value, since,
                    new Extraction.Source(s.index(), "status-change", since != null ? 0.85 : 0.7)));
        }
        return value;
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

    /** "kelima negara itu membentuk ... Shanghai Five pada 26 April 1996": founders are members from then. */
    private void founding(ArticleAnalysis a, SentenceAnalysis s, List<StateList> lists, EarlierLists earlier) {
        Matcher verb = founding.matcher(s.text());
        if (!verb.find()) {
            return;
        }
        int verbAt = s.sentence.start() + verb.start();
        boolean passive = verb.group().toLowerCase().startsWith("di");
        // active: "kelima negara itu membentuk ... Shanghai Five"; passive: "SCO didirikan ... oleh A, B dan C"
        Optional<Entity> organisation = passive
                ? s.mentionsOf(EntityKind.ORGANISATION).stream().filter(o -> o.end() <= verbAt)
                        .map(Mention::entity).filter(a::isFocus).reduce((x, y) -> y)
                : s.mentionsOf(EntityKind.ORGANISATION).stream().filter(o -> o.start() >= verbAt)
                        .map(Mention::entity).filter(a::isFocus).findFirst();
        if (organisation.isEmpty()) {
            return;
        }
        List<Entity> founders = null;
        Matcher ana = anaphor.matcher(s.text());
        boolean pointsBack = ana.find();
        if (passive) {
            founders = lists.stream().filter(l -> l.start() > verbAt && l.head().matches("(?s).*\\boleh\\s*$")
                    && l.entities().size() >= 2).findFirst().map(StateList::entities).orElse(null);
        } else if (pointsBack) {
            Integer n = anaphorCount(ana);
            // the latest list of that size: in this sentence before the anaphor, else in an earlier one
            founders = n == null ? null : lists.stream()
                    .filter(l -> l.end() <= s.sentence.start() + ana.start() && l.entities().size() == n)
                    .reduce((x, y) -> y).or(() -> earlier.latest(n, null)).map(StateList::entities).orElse(null);
        } else {
            founders = lists.stream().filter(l -> l.end() <= verbAt && l.entities().size() >= 2)
                    .reduce((x, y) -> y).map(StateList::entities).orElse(null);
        }
        if (founders == null) {
            return;
        }
        DateValue date = s.dates.stream().filter(d -> d.start() >= verbAt && !d.kind().equals("period"))
                .map(DateMention::value).findFirst().orElse(null);
        Entity renamedTo = null;
        Matcher r = renaming.matcher(s.text());
        if (r.find()) {
            int after = s.sentence.start() + r.end();
            renamedTo = s.mentionsOf(EntityKind.ORGANISATION).stream().filter(o -> o.start() >= after)
                    .map(Mention::entity).filter(o -> !o.equals(organisation.get())).findFirst().orElse(null);
        }
        Extraction.Source source = new Extraction.Source(s.index(), "founding", 0.85);
        a.extraction.foundings.add(new Extraction.Founding(organisation.get(), founders, date, renamedTo, source));
        for (Entity state : founders) {
            a.extraction.statuses.add(new Extraction.Status(organisation.get(), state, "member", date, source));
        }
    }

    /**
     * "PM Li Qiang ... menghadiri KTT": the person's state took part, represented by them. "Dari
     * negara pengamat, Presiden Iran ..." and "..., yang negaranya berstatus mitra dialog" also say
     * the states' status.
     */
    private void representatives(ArticleAnalysis a, SentenceAnalysis s, Extraction.Meeting meeting, Entity organisation,
                                 Participations participations) {
        Matcher from = fromStatus.matcher(s.text());
        String statedForAll = from.find() ? statusNames.get(from.group(1).toLowerCase().replaceAll("\\s+", " ")) : null;
        Matcher their = theirStatus.matcher(s.text());
        int theirAt = their.find() ? s.sentence.start() + their.start() : -1;
        String statedBefore = theirAt >= 0 ? statusNames.get(their.group(1).toLowerCase().replaceAll("\\s+", " ")) : null;
        for (PersonMention p : s.people) {
            Entity state = p.state() != null ? p.state() : a.stateOf(p.person()).orElse(null);
            if (state == null) {
                continue;
            }
            String after = s.between(p.end(), s.sentence.end()).replaceFirst("(?s)[,.;].*$", "");
            String status = statedForAll != null ? statedForAll : p.end() <= theirAt ? statedBefore : null;
            String role = guest.matcher(after).find() ? "guest" : status;
            if (status != null && !"guest".equals(role)) {
                a.extraction.statuses.add(new Extraction.Status(organisation, state, status, null,
                        new Extraction.Source(s.index(), "status-of-representative", 0.8)));
            }
            participations.add(new Extraction.Participation(meeting, state, role, p.person(),
                    new Extraction.Source(s.index(), "participation-person", 0.8)));
        }
    }

    /**
     * A participant whose role the sentence does not give takes the status the article gives its
     * state, else the one the reference history gives for the meeting's date (with less confidence).
     */
    private void assignRepresentativeRoles(Extraction x) {
        Map<List<Entity>, String> firstStatus = new HashMap<>();
        for (Extraction.Status st : x.statuses) {
            firstStatus.putIfAbsent(List.of(st.organisation(), st.state()), st.status());
        }
        List<Extraction.Participation> resolved = new ArrayList<>();
        for (Extraction.Participation p : x.participations) {
            if (p.role() != null) {
                resolved.add(p);
                continue;
            }
            String role = firstStatus.get(List.of(p.meeting().organisation, p.state()));
            Extraction.Source source = p.source();
            if (role == null) {
                role = history.statusOn(p.meeting().organisation, p.state(), p.meeting().date).orElse(null);
                source = new Extraction.Source(source.sentence(), "participation-role-reference", 0.6);
            }
            resolved.add(new Extraction.Participation(p.meeting(), p.state(), role, p.representative(), source));
        }
        x.participations.clear();
        x.participations.addAll(resolved);
    }

    private Integer countIn(String text) {
        Matcher c = count.matcher(text);
        Integer n = null;
        while (c.find()) {
            n = numbers.integer(c.group(1) != null ? c.group(1) : c.group(2));
        }
        return n;
    }

    private static void checkCount(Extraction x, SentenceAnalysis s, Integer expected, int found, String what) {
        if (expected != null && expected != found) {
            x.notes.add(new Extraction.QualityNote("The text counts " + expected + " states (" + what
                    + ") but names " + found + ".", expected, found, new Extraction.Source(s.index(), "count-check", 1.0)));
        }
    }

    /** The clause a list's head ends with: the text after the last comma-free boundary. */
    private static String clause(String head) {
        int cut = Math.max(head.lastIndexOf(';'), head.lastIndexOf(". "));
        return cut >= 0 ? head.substring(cut + 1) : head;
    }

    private static String firstWords(String text, int n) {
        String[] words = text.strip().split("\\s+");
        return String.join(" ", java.util.Arrays.copyOf(words, Math.min(n, words.length)));
    }
}
