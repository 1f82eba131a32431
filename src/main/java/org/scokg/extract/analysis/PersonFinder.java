package org.scokg.extract.analysis;

import org.scokg.reference.Entity;
import org.scokg.reference.EntityKind;
import org.scokg.reference.Gazetteer;
import org.scokg.reference.Names;
import org.scokg.extract.mention.Lexicon;
import org.scokg.extract.mention.Mention;
import org.scokg.extract.mention.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds people: names from the gazetteer, and "office title [state] Name" anywhere ("Presiden China
 * Xi Jinping", "PM Li Qiang", "juru bicara Kementerian Luar Negeri China Mao Ning"). A surname alone
 * after a title ("Presiden Xi") is the person of the article, or of the gazetteer, with that name.
 */
public final class PersonFinder {
    private static final int MAX_NAME_TOKENS = 4;
    private static final Pattern ROMAN_NUMERAL = Pattern.compile("[IVX]{2,4}");
    private static final Pattern NAME_GAP = Pattern.compile("[\\s.\\-]*");

    private final Gazetteer gazetteer;
    private final Map<String, String> offices;
    private final Set<String> stopwords;
    private final Set<String> calendarWords;
    private final Set<String> portfolios;
    private final Pattern title;
    private final Pattern representedBy;
    private final Pattern dualOffice;
    private final Set<String> conjunctions;

    public PersonFinder(Gazetteer gazetteer, Lexicon lexicon) {
        this.gazetteer = gazetteer;
        this.offices = lexicon.table("people/offices");
        this.stopwords = lexicon.words("people/name-stopwords");
        this.calendarWords = new java.util.HashSet<>(lexicon.table("dates/months").keySet());
        this.calendarWords.addAll(lexicon.table("dates/weekdays").keySet());
        this.portfolios = lexicon.words("people/ministry-portfolios");
        this.representedBy = Pattern.compile("\\s*(?:" + lexicon.alternation("participation/representation-adverbs", false) + "\\s+)?" + lexicon.alternation("participation/representation-words", false) + "\\s+",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        this.dualOffice = Pattern.compile("\\s+" + lexicon.alternation("people/dual-office-words", false) + "\\s+",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        this.conjunctions = lexicon.words("grammar/conjunctions");
        this.title = Pattern.compile("\\b(" + lexicon.alternation("people/offices", true) + ")\\b",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    void find(SentenceAnalysis s, NamedPeople people) {
        List<int[]> taken = new ArrayList<>();
        Matcher m = title.matcher(s.text());
        while (m.find()) {
            String surface = m.group(1);
            if (surface.length() <= 3 && !surface.equals(surface.toUpperCase())) {
                continue; // "pm" in running text is not a title
            }
            String role = offices.get(Lexicon.key(surface));
            // "Penjabat Presiden sekaligus Perdana Menteri Kirgizia Sadyr Japarov": one name, two offices
            int nameFrom = m.end();
            Matcher also = title.matcher(s.text()).region(m.end(), s.text().length());
            if (also.find() && dualOffice.matcher(s.text().substring(m.end(), also.start())).matches()) {
                nameFrom = also.end();
                if ("other".equals(role)) {
                    continue; // the second title names the same person with a specific office
                }
            }
            titled(s, people, s.sentence.start() + m.start(1), s.sentence.start() + nameFrom, role).ifPresent(pm -> {
                s.people.add(pm);
                taken.add(new int[] {pm.start(), pm.end()});
            });
        }
        for (Mention mention : s.mentionsOf(EntityKind.PERSON)) {
            boolean covered = taken.stream().anyMatch(t -> mention.start() < t[1] && t[0] < mention.end());
            if (!covered) {
                Extraction.Person person = people.person(fullName(mention), Optional.of(mention.entity()));
                s.people.add(new PersonMention(s.index(), mention.start(), mention.end(), person, null, null));
            }
        }
        sameNameAgain(s, people, taken);
        s.people.sort(java.util.Comparator.comparingInt(PersonMention::start));
    }

    /**
     * "Xi", "Hu" or "Putin" alone after the full name appeared: the one person of the article so far
     * with that word in their name.
     */
    private void sameNameAgain(SentenceAnalysis s, NamedPeople people, List<int[]> taken) {
        for (Token t : s.tokens) {
            boolean free = s.people.stream().noneMatch(p -> t.start() < p.end() && p.start() < t.end())
                    && s.mentions.stream().noneMatch(m -> t.start() < m.end() && m.start() < t.end());
            if (!free || !t.capitalised() || stopwords.contains(t.lower()) || calendarWords.contains(t.lower())) {
                continue;
            }
            String word = Names.normalize(t.text());
            List<Extraction.Person> known = people.withNameWord(word).stream().filter(p -> p.name().contains(" ")).toList();
            if (known.size() == 1) {
                s.people.add(new PersonMention(s.index(), t.start(), t.end(), known.get(0), null, null));
            }
        }
    }

    private Optional<PersonMention> titled(SentenceAnalysis s, NamedPeople people, int titleStart, int after,
                                           String role) {
        Entity state = stateRepresented(s, titleStart);
        int i = firstTokenAt(s, after);
        while (i < s.tokens.size()) {
            Token t = s.tokens.get(i);
            Optional<Mention> mention = mentionAt(s, t.start());
            if (mention.isPresent() && mention.get().is(EntityKind.STATE)) {
                // the state written with the title is the person's, whatever a verb before suggested
                state = mention.get().entity();
                i = firstTokenAt(s, mention.get().end());
            } else if (mention.isPresent() && mention.get().is(EntityKind.ORGANISATION)) {
                i = firstTokenAt(s, mention.get().end());
            } else if ((stopwords.contains(t.lower()) || portfolios.contains(t.lower())) && t.capitalised()) {
                i++;
            } else if (conjunctions.contains(t.lower()) && i + 1 < s.tokens.size()
                    && portfolios.contains(s.tokens.get(i + 1).lower()) && s.tokens.get(i + 1).capitalised()) {
                i++; // "Menteri Perindustrian dan Pertambangan Iran ..."
            } else if (parenthesised(s, t)) {
                i++; // "Perdana Menteri (PM) India ...": the abbreviation of the title or ministry, no name
            } else if (ROMAN_NUMERAL.matcher(t.text()).matches()) {
                i++; // "juru bicara II Kementerian Luar Negeri, ...": the rank of the title, no name
            } else {
                break;
            }
        }
        if (i >= s.tokens.size()) {
            return Optional.empty();
        }
        Optional<Mention> known = mentionAt(s, s.tokens.get(i).start()).filter(mm -> mm.is(EntityKind.PERSON));
        if (known.isPresent()) {
            Mention mm = known.get();
            Extraction.Person person = people.person(fullName(mm), Optional.of(mm.entity()));
            return Optional.of(new PersonMention(s.index(), mm.start(), mm.end(), person, role, state));
        }
        int first = i;
        int last = -1;
        while (i < s.tokens.size() && i - first < MAX_NAME_TOKENS) {
            Token t = s.tokens.get(i);
            if (!t.capitalised() || stopwords.contains(t.lower()) || calendarWords.contains(t.lower())
                    || mentionAt(s, t.start()).filter(mm -> !mm.method().equals("fuzzy")).isPresent()) {
                break;
            }
            if (i > first && !NAME_GAP.matcher(s.between(s.tokens.get(i - 1).end(), t.start())).matches()) {
                break;
            }
            last = i;
            i++;
        }
        if (last < 0) {
            return Optional.empty();
        }
        int start = s.tokens.get(first).start();
        int end = s.tokens.get(last).end();
        String name = s.between(start, end);
        Extraction.Person person = resolve(people, name, last == first);
        return Optional.of(new PersonMention(s.index(), start, end, person, role, state));
    }

    /** "Iran diwakili Penjabat Presiden ...": the state before a representation verb and the title. */
    private Entity stateRepresented(SentenceAnalysis s, int titleStart) {
        return s.mentionsOf(EntityKind.STATE).stream().filter(m -> m.end() <= titleStart)
                .reduce((a, b) -> b)
                .filter(m -> representedBy.matcher(s.between(m.end(), titleStart)).matches())
                .map(Mention::entity).orElse(null);
    }

    /** The name as the article writes it when it is a full name, else the gazetteer's label. */
    private static String fullName(Mention mention) {
        return mention.surface().contains(" ") ? mention.surface() : mention.entity().label();
    }

    /** A one-word name is the article's or the gazetteer's person with that word in their name. */
    private Extraction.Person resolve(NamedPeople people, String name, boolean oneWord) {
        if (oneWord) {
            String word = Names.normalize(name);
            List<Extraction.Person> known = people.withNameWord(word);
            if (known.size() == 1) {
                return known.get(0);
            }
            List<Entity> fromGazetteer = gazetteer.peopleWithNameWord(word);
            if (fromGazetteer.size() == 1) {
                return people.person(fromGazetteer.get(0).label(), Optional.of(fromGazetteer.get(0)));
            }
        }
        return people.person(name, Optional.empty());
    }

    private static boolean parenthesised(SentenceAnalysis s, Token t) {
        String text = s.text();
        int from = s.local(t.start());
        int to = s.local(t.end());
        return from > 0 && to < text.length() && text.charAt(from - 1) == '(' && text.charAt(to) == ')';
    }

    private static int firstTokenAt(SentenceAnalysis s, int offset) {
        for (int i = 0; i < s.tokens.size(); i++) {
            if (s.tokens.get(i).start() >= offset) {
                return i;
            }
        }
        return s.tokens.size();
    }

    private static Optional<Mention> mentionAt(SentenceAnalysis s, int start) {
        return s.mentions.stream().filter(m -> m.start() == start).findFirst();
    }
}
