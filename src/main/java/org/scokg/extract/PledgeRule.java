package org.scokg.extract;

import org.scokg.reference.Entity;
import org.scokg.reference.EntityKind;
import org.scokg.extract.analysis.ArticleAnalysis;
import org.scokg.extract.analysis.ArticleMeetings;
import org.scokg.extract.analysis.Evidence;
import org.scokg.extract.analysis.Extraction;
import org.scokg.extract.mention.Lexicon;
import org.scokg.extract.mention.Mention;
import org.scokg.extract.analysis.PersonMention;
import org.scokg.extract.mention.Quantity;
import org.scokg.extract.mention.QuantityFinder;
import org.scokg.extract.analysis.Rule;
import org.scokg.extract.analysis.SentenceAnalysis;
import org.scokg.extract.analysis.TriggerWords;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pledges: a state, or "Kami" in a quote whose speaker serves a state, followed by a pledge word
 * ("China akan membangun ...", "Kami siap ..."). A clause joined by "serta akan" / "dan akan" is a
 * pledge of its own. The amount, unit and timeframe ("dalam lima tahun ke depan") come from the
 * clause; the meeting is the article's primary meeting.
 */
final class PledgeRule implements Rule {
    static final Evidence ANNOUNCED = new Evidence("pledge", 0.85);
    /** No speaker known to announce it. */
    static final Evidence UNATTRIBUTED = ANNOUNCED.withConfidence(0.75);

    private final Pattern modalAfter;
    private final Pattern blocked;
    private final Pattern scheduled;
    private final Pattern firstPerson;
    private final Pattern subjectPronoun;
    private final Pattern nextClause;
    private final Pattern attribution;
    private final Pattern possessor;
    private final Pattern topics;
    private final Set<String> futureModals;
    private final Pattern topicSeparator;
    private final TriggerWords nonCommitment;
    private final TriggerWords vague;
    private final QuantityFinder quantities;

    PledgeRule(Lexicon lexicon, QuantityFinder quantities) {
        this.quantities = quantities;
        int f = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        String modal = lexicon.alternation("pledge/pledge-modals", false);
        String and = lexicon.alternation("grammar/conjunctions", false);
        modalAfter = Pattern.compile("^\\s+(?:" + lexicon.alternation("pledge/pledge-adverbs", false) + "\\s+)?(" + modal + ")\\b", f);
        topics = Pattern.compile("\\b" + lexicon.alternation("pledge/topic-words", false) + "\\s+([^.;\"”]+?)(?=,\\s*" + and
                + "\\s|[.;\"”]|$)", f);
        futureModals = lexicon.words("pledge/future-modals");
        nonCommitment = new TriggerWords(lexicon, "pledge/non-commitment-verbs");
        vague = new TriggerWords(lexicon, "pledge/vague-verbs");
        topicSeparator = Pattern.compile(",\\s*|\\s+" + and + "\\s+", f);
        blocked = Pattern.compile("^\\s*(?:\\p{L}+\\s+)?(?:" + lexicon.alternation("pledge/pledge-blockers", false) + ")\\b", f);
        scheduled = Pattern.compile("^\\s*(?:" + lexicon.alternation("pledge/scheduling-phrases", false) + ")\\b", f);
        firstPerson = Pattern.compile("\\b(" + lexicon.alternation("pledge/first-person", false) + ")\\b(?=\\s)", f);
        subjectPronoun = Pattern.compile("\\b(" + lexicon.alternation("pledge/pledge-subject-pronouns", false) + ")\\b(?=\\s)", f);
        nextClause = Pattern.compile(",?\\s+(?:" + and + "\\s+(?:" + lexicon.alternation("grammar/additive-particles", false)
                + "\\s+)?(?=(?:" + modal + ")\\b)|" + lexicon.alternation("pledge/clause-joiners", false) + "\\s+(?=me\\p{L}{3,}\\s))", f);
        if (lexicon.words("pledge/possessor-suffixes").stream().anyMatch(suffix -> suffix.contains(" "))) {
            throw new IllegalStateException("lexicon pledge/possessor-suffixes: a suffix is a word ending, without spaces");
        }
        possessor = Pattern.compile("(?<![\\p{L}-])\\p{Ll}\\p{L}*" + lexicon.alternation("pledge/possessor-suffixes", false) + "\\s+$",
                Pattern.UNICODE_CASE);
        attribution = Pattern.compile("(?:,\\s*[\"”]|[\"”]\\s*,?|,)\\s*" + lexicon.alternation("people/speech-verbs", false)
                + "\\s+\\p{Lu}.*$", f);
    }

    /** A sentence that gives a chairmanship ("China akan memegang keketuaan") holds no pledge. */
    @Override
    public void apply(ArticleAnalysis a, ArticleMeetings meetings) {
        Extraction.Meeting primary = meetings.primary();
        Set<Integer> chairSentences = a.extraction.chairs.stream().map(c -> c.source().sentence()).collect(Collectors.toSet());
        PersonMention lastNamed = null;
        for (SentenceAnalysis s : a.sentences) {
            PersonMention earlier = lastNamed;
            lastNamed = s.people.isEmpty() ? lastNamed : s.people.get(s.people.size() - 1);
            if (chairSentences.contains(s.index()) || a.organisationOf(s).isEmpty()) {
                continue;
            }
            for (int[] subject : subjects(a, s, earlier)) {
                Entity pledger = s.mentions.stream().filter(m -> m.start() == subject[0]).findFirst()
                        .map(m -> m.is(EntityKind.CITY) ? capitalState(a, m.entity()) : m.entity()).orElse(null);
                if (pledger == null) {
                    // "kami" is the speaker's state only; "ia", "negaranya" may point back to an earlier sentence
                    pledger = pronounState(a, s, subject[0], subject.length > 2 && subject[2] == 1 ? earlier : null);
                }
                if (pledger == null) {
                    continue;
                }
                String rest = s.text().substring(s.local(subject[1]));
                Matcher modal = modalAfter.matcher(rest);
                if (!modal.find() || blocked.matcher(rest.substring(modal.end())).find()
                        || vagueWithoutAmount(rest.substring(modal.end()), s, subject[1])
                        || futureModals.contains(modal.group(1).toLowerCase()) && !commits(rest.substring(modal.end()))) {
                    continue;
                }
                for (String clause : clauses(s.text().substring(s.local(subject[0])))) {
                    add(a, s, pledger, primary, clause);
                }
            }
        }
    }

    /**
     * What follows "akan" is a commitment unless it is scheduled ("akan memegang keketuaan"), a verb
     * of an event or a state ("akan menghadiri", "akan bergabung") or a passive ("akan diterima").
     */
    private boolean commits(String afterModal) {
        if (scheduled.matcher(afterModal).find()) {
            return false;
        }
        String verb = firstWord(afterModal);
        return !verb.isEmpty() && !nonCommitment.matches(verb) && !isPassive(verb);
    }

    /** After any modal, a vague verb ("siap bekerja sama") commits only with an amount after the subject ({@code from}). */
    private boolean vagueWithoutAmount(String afterModal, SentenceAnalysis s, int from) {
        String verb = firstWord(afterModal);
        return !verb.isEmpty() && vague.matches(verb)
                && s.quantities.stream().noneMatch(q -> q.start() >= from && (q.hasUnit() || q.countedThing() != null));
    }

    private static String firstWord(String text) {
        String[] words = text.strip().split("[^\\p{L}]+", 2);
        return words.length == 0 ? "" : words[0];
    }

    /** "diterima", "digelar": the prefix di- the stemmer takes off. */
    private static boolean isPassive(String verb) {
        String lower = verb.toLowerCase(java.util.Locale.ROOT);
        return lower.startsWith("di") && !TriggerWords.stem(lower).startsWith("di");
    }

    /**
     * Whether the word right before {@code end} is a possessed noun ("negaranya China"). Only the last
     * word before it can be, the suffixes being word endings, so only that word is searched.
     */
    private boolean possessedBefore(String text, int end) {
        int lastWord = end;
        while (lastWord > 0 && Character.isWhitespace(text.charAt(lastWord - 1))) {
            lastWord--;
        }
        while (lastWord > 0 && !Character.isWhitespace(text.charAt(lastWord - 1))) {
            lastWord--;
        }
        return possessor.matcher(text).region(lastWord, end).useTransparentBounds(true).find();
    }

    /**
     * Offsets of the pledge subjects of a sentence: state mentions that possess no word before them,
     * and pronouns.
     */
    private List<int[]> subjects(ArticleAnalysis a, SentenceAnalysis s, PersonMention earlier) {
        List<int[]> subjects = new ArrayList<>();
        for (Mention m : s.mentions) {
            boolean stands = m.is(EntityKind.STATE) || m.is(EntityKind.CITY) && capitalState(a, m.entity()) != null;
            if (stands && !possessedBefore(s.text(), s.local(m.start())) && modalAfter.matcher(s.text().substring(s.local(m.end()))).find()) {
                subjects.add(new int[] {m.start(), m.end()});
            }
        }
        for (Pattern pronoun : List.of(firstPerson, subjectPronoun)) {
            Matcher fp = pronoun.matcher(s.text());
            while (fp.find()) {
                int start = s.sentence.start() + fp.start();
                PersonMention before = pronoun == subjectPronoun ? earlier : null;
                if (modalAfter.matcher(s.text().substring(fp.end())).find() && pronounState(a, s, start, before) != null) {
                    subjects.add(new int[] {start, s.sentence.start() + fp.end(), pronoun == subjectPronoun ? 1 : 0});
                }
            }
        }
        return subjects;
    }

    /**
     * The state a pronoun subject stands for: "Kami" in a quote is the speaker's state; "negaranya"
     * and "ia" are the state of the person named before it in the sentence, else of the speaker, else
     * of the person named last in an earlier sentence ({@code earlier}, or null).
     */
    private static Entity pronounState(ArticleAnalysis a, SentenceAnalysis s, int at, PersonMention earlier) {
        Optional<PersonMention> subject = s.people.stream().filter(p -> p.end() <= at).reduce((x, y) -> y)
                .or(() -> Optional.ofNullable(s.speaker)).or(() -> Optional.ofNullable(earlier));
        return subject.flatMap(p -> Optional.ofNullable(p.state()).or(() -> a.stateOf(p.person()))).orElse(null);
    }

    /** The state whose capital a city is ("Beijing akan ..." is China's pledge), or null. */
    private static Entity capitalState(ArticleAnalysis a, Entity city) {
        return city.state().flatMap(a.gazetteer::byIri)
                .filter(state -> a.gazetteer.capitalOf(state).map(city::equals).orElse(false)).orElse(null);
    }

    /** The pledge text split at "serta akan" / "dan akan", without the quote's attribution. */
    private List<String> clauses(String text) {
        String body = attribution.matcher(text).replaceFirst("").strip();
        body = body.replaceAll("[\"”“]", "").replaceAll("[.,;\\s]+$", "");
        List<String> clauses = new ArrayList<>();
        Matcher m = nextClause.matcher(body);
        int start = 0;
        while (m.find()) {
            clauses.add(body.substring(start, m.start()));
            start = m.end();
        }
        clauses.add(body.substring(start));
        return clauses;
    }

    private void add(ArticleAnalysis a, SentenceAnalysis s, Entity pledger, Extraction.Meeting meeting, String clause) {
        int at = s.text().indexOf(clause);
        int from = at < 0 ? s.sentence.start() : s.sentence.start() + at;
        int to = at < 0 ? s.sentence.end() : from + clause.length();
        List<Quantity> inClause = s.quantities.stream().filter(q -> q.start() >= from && q.end() <= to).toList();
        Optional<Quantity> amount = inClause.stream().filter(Quantity::hasUnit).findFirst()
                .or(() -> inClause.stream().filter(q -> q.countedThing() != null).findFirst());
        List<String> topicList = new ArrayList<>();
        Matcher t = topics.matcher(clause);
        if (t.find()) {
            for (String topic : topicSeparator.split(t.group(1))) {
                if (!topic.isBlank()) {
                    topicList.add(topic.strip());
                }
            }
        }
        Extraction.Person announcer = s.speaker != null ? s.speaker.person() : null;
        a.extraction.pledges.add(new Extraction.Pledge(pledger, announcer, meeting, amount.orElse(null),
                quantities.timeframe(clause).orElse(null), topicList, clause,
                (announcer != null ? ANNOUNCED : UNATTRIBUTED).at(s)));
    }
}
