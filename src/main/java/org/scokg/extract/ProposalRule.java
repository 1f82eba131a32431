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
import org.scokg.extract.mention.QuantityFinder;
import org.scokg.extract.analysis.Rule;
import org.scokg.extract.analysis.SentenceAnalysis;
import org.scokg.extract.analysis.StateCounts;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Proposals. A numbered enumeration ("Pertama, ...", "Yang kedua, ...", "Platform ketiga ...") is a
 * list of proposals when an introduction announces it: a proposal word ("Li Qiang menawarkan empat
 * usulan") a few sentences before, or, just before it, a count with a proposal verb or "perlu" ("SCO
 * perlu membangun empat komunitas"). The count is checked against the items found. A sentence that
 * "mengusulkan" something outside such a list is a proposal of its own. A numbered item whose speakers
 * urge themselves ("Ketiga, kita perlu memperdalam kerja sama praktis") is a proposal even when the
 * text quotes the speech from its middle, without the sentence that announced the list.
 */
final class ProposalRule implements Rule {
    static final Evidence ITEM = new Evidence("proposal-item", 0.85);
    static final Evidence SINGLE = new Evidence("proposal-single", 0.7);
    static final Evidence URGED = new Evidence("proposal-urged-item", 0.7);
    static final Evidence COUNT_CHECK = StateCounts.COUNT_CHECK;

    private static final int INTRO_REACH = 8;
    private static final int ITEM_GAP = 3;

    private final Pattern introWithNoun;
    private final Pattern introWithCount;
    private final Pattern item;
    private final Pattern single;
    /** After an item's ordinal: the speakers urging themselves ("Ketiga, kita perlu memperdalam ..."). */
    private final Pattern urged;
    private final Map<String, String> ordinals;
    private final QuantityFinder numbers;

    ProposalRule(Lexicon lexicon, QuantityFinder numbers) {
        this.numbers = numbers;
        this.ordinals = lexicon.table("quantity/ordinals");
        int f = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        String count = "(\\d{1,2}|" + lexicon.alternation("quantity/numbers", true) + ")";
        String verbs = lexicon.alternation("proposal/proposal-verbs", false);
        introWithNoun = Pattern.compile("\\b" + verbs + "\\s+(?:" + count + "\\s+)?(?:" + lexicon.alternation("quantity/classifiers", false) + "\\s+)?"
                + lexicon.alternation("proposal/proposal-words", false) + "\\b", f);
        introWithCount = Pattern.compile("\\b(?:" + verbs + "|" + lexicon.alternation("proposal/exhortation-verbs", false) + ")\\b[^.;]{0,50}?\\b"
                + count + "\\s+\\p{L}{3,}", f);
        String ordinal = "((?iu:" + lexicon.alternation("quantity/ordinals", true) + "))";
        item = Pattern.compile("^[\"“‘'\\s]*(?:(?:(?iu:" + lexicon.alternation("proposal/item-openers", false) + ")\\s+)" + ordinal + "\\b\\s*[,:]?|" + ordinal + "\\s*[,:]|\\p{Lu}\\p{Ll}+\\s+"
                + ordinal + "\\b)", Pattern.UNICODE_CASE);
        urged = Pattern.compile("^\\W*" + lexicon.alternation("proposal/urging-subjects", false) + "\\s+(?:\\p{L}+\\s+)?"
                + lexicon.alternation("proposal/exhortation-verbs", false) + "\\b", f);
        single = Pattern.compile("\\b" + lexicon.alternation("proposal/proposing-verbs", false) + "\\b(?!\\s+(?:" + count + ")\\s)", f);
    }

    @Override
    public void apply(ArticleAnalysis a, ArticleMeetings meetings) {
        Extraction.Meeting primary = meetings.primary();
        List<SentenceAnalysis> sentences = a.sentences;
        Set<Integer> inEnumeration = new HashSet<>();
        for (int i = 0; i < sentences.size(); i++) {
            if (ordinalOf(sentences.get(i)) != 1) {
                continue;
            }
            List<SentenceAnalysis> items = enumerationFrom(sentences, i);
            Optional<Intro> intro = intro(a, sentences, i);
            if (intro.isEmpty()) {
                continue;
            }
            for (SentenceAnalysis s : items) {
                a.extraction.proposals.add(new Extraction.Proposal(intro.get().proposer, intro.get().person, primary,
                        ordinalOf(s), itemText(s), ITEM.at(s)));
                inEnumeration.add(s.index());
            }
            Integer expected = intro.get().count;
            if (expected != null && expected != items.size()) {
                a.extraction.notes.add(new Extraction.QualityNote("The text announces " + expected
                        + " proposals but numbers " + items.size() + ".", expected, items.size(),
                        COUNT_CHECK.at(intro.get().sentence)));
            }
            inEnumeration.add(intro.get().sentence.index());
        }
        for (SentenceAnalysis s : sentences) {
            int ordinal = ordinalOf(s);
            if (ordinal > 0 && !inEnumeration.contains(s.index()) && urges(s)) {
                // a numbered point of a speech quoted from its middle: the announcing sentence is not in the text
                a.extraction.proposals.add(new Extraction.Proposal(null, null, primary, ordinal, itemText(s), URGED.at(s)));
                inEnumeration.add(s.index());
            }
        }
        for (SentenceAnalysis s : sentences) {
            Matcher m = single.matcher(s.text());
            if (!inEnumeration.contains(s.index()) && m.find()) {
                int verbAt = s.sentence.start() + m.start();
                Optional<PersonMention> person = subject(s, verbAt);
                Entity proposer = proposerOf(a, s, person, verbAt);
                if (proposer != null || person.isPresent()) {
                    String text = s.text().substring(m.start()).replaceAll("[.\\s]+$", "");
                    a.extraction.proposals.add(new Extraction.Proposal(proposer, person.map(PersonMention::person).orElse(null),
                            primary, null, text, SINGLE.at(s)));
                }
            }
        }
    }

    /** The items of the enumeration starting at {@code first}: ordinals 1, 2, 3 ... with small gaps between. */
    private List<SentenceAnalysis> enumerationFrom(List<SentenceAnalysis> sentences, int first) {
        List<SentenceAnalysis> items = new ArrayList<>(List.of(sentences.get(first)));
        int next = 2;
        int last = first;
        for (int j = first + 1; j < sentences.size() && j - last <= ITEM_GAP + 1; j++) {
            if (ordinalOf(sentences.get(j)) == next) {
                items.add(sentences.get(j));
                next++;
                last = j;
            }
        }
        return items;
    }

    private record Intro(SentenceAnalysis sentence, Entity proposer, Extraction.Person person, Integer count) {}

    private Optional<Intro> intro(ArticleAnalysis a, List<SentenceAnalysis> sentences, int firstItem) {
        for (int j = firstItem - 1; j >= Math.max(0, firstItem - INTRO_REACH); j--) {
            SentenceAnalysis s = sentences.get(j);
            Matcher noun = introWithNoun.matcher(s.text());
            Matcher counted = introWithCount.matcher(s.text());
            boolean adjacent = j == firstItem - 1;
            Matcher found = noun.find() ? noun : adjacent && counted.find() ? counted : null;
            if (found != null) {
                int verbAt = s.sentence.start() + found.start();
                Optional<PersonMention> person = subject(s, verbAt);
                Integer count = found.group(1) == null ? null : numbers.integer(found.group(1));
                return Optional.of(new Intro(s, proposerOf(a, s, person, verbAt),
                        person.map(PersonMention::person).orElse(null), count));
            }
        }
        return Optional.empty();
    }

    /** The person before the verb, else the sentence's speaker ("Menurut Xi, SCO perlu ..."). */
    private static Optional<PersonMention> subject(SentenceAnalysis s, int verbAt) {
        return s.people.stream().filter(p -> p.end() <= verbAt).reduce((x, y) -> y)
                .or(() -> Optional.ofNullable(s.speaker));
    }

    private static Entity proposerOf(ArticleAnalysis a, SentenceAnalysis s, Optional<PersonMention> person, int verbAt) {
        return person.flatMap(p -> Optional.ofNullable(p.state()).or(() -> a.stateOf(p.person())))
                .or(() -> s.mentionsOf(EntityKind.STATE).stream().filter(st -> st.end() <= verbAt)
                        .map(Mention::entity).reduce((x, y) -> y))
                .orElse(null);
    }

    private static String itemText(SentenceAnalysis s) {
        return s.text().replaceAll("^[\"“‘'\\s]+", "").replaceAll("[\"”]\\s*,?\\s*$", "");
    }

    /** "Ketiga, kita perlu ...": the item urges its speakers to act. */
    private boolean urges(SentenceAnalysis s) {
        Matcher m = item.matcher(s.text());
        return m.find() && urged.matcher(s.text().substring(m.end())).find();
    }

    /** The ordinal an item sentence starts with, or 0. */
    private int ordinalOf(SentenceAnalysis s) {
        Matcher m = item.matcher(s.text());
        if (!m.find()) {
            return 0;
        }
        String word = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
        String value = ordinals.get(Lexicon.key(word));
        return value == null ? 0 : Integer.parseInt(value);
    }
}
