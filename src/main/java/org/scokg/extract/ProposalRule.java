package org.scokg.extract;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Proposals: an introduction ("Li Qiang menawarkan empat usulan") gives the proposer and the count;
 * the numbered items that follow ("Pertama, ...", "Kedua, ...") are the proposals. The count is
 * checked against the items found.
 */
final class ProposalRule {
    private final Pattern intro;
    private final Pattern item;
    private final Map<String, String> ordinals;
    private final QuantityFinder numbers;

    ProposalRule(Lexicon lexicon, QuantityFinder numbers) {
        this.numbers = numbers;
        this.ordinals = lexicon.table("ordinals");
        int f = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        intro = Pattern.compile("\\b" + lexicon.alternation("proposal-verbs", false) + "\\s+(?:(\\d{1,2}|"
                + lexicon.alternation("numbers", true) + ")\\s+)?(?:buah\\s+)?" + lexicon.alternation("proposal-words", false) + "\\b", f);
        item = Pattern.compile("^[\"“‘'\\s]*(" + lexicon.alternation("ordinals", true) + ")\\s*,", f);
    }

    void apply(ArticleAnalysis a, Extraction.Meeting primary) {
        if (a.focus.isEmpty()) {
            return;
        }
        Entity proposer = null;
        Extraction.Person proposedBy = null;
        Integer expected = null;
        SentenceAnalysis introSentence = null;
        int found = 0;
        for (SentenceAnalysis s : a.sentences) {
            Matcher m = intro.matcher(s.text());
            if (introSentence == null && m.find()) {
                introSentence = s;
                int verbAt = s.sentence.start() + m.start();
                expected = m.group(1) == null ? null : numbers.integer(m.group(1));
                Optional<PersonMention> person = s.people.stream().filter(p -> p.end() <= verbAt)
                        .reduce((x, y) -> y);
                proposedBy = person.map(PersonMention::person).orElse(null);
                proposer = person.flatMap(p -> Optional.ofNullable(p.state()).or(() -> a.stateOf(p.person())))
                        .or(() -> s.mentionsOf(EntityKind.STATE).stream().filter(st -> st.end() <= verbAt)
                                .map(Mention::entity).reduce((x, y) -> y))
                        .orElse(null);
                continue;
            }
            Matcher i = item.matcher(s.text());
            if (introSentence != null && i.find()) {
                Integer ordinal = Integer.valueOf(ordinals.get(i.group(1).toLowerCase().replaceAll("\\s+", " ")));
                String text = s.text().replaceAll("^[\"“‘'\\s]+", "").replaceAll("[\"”]\\s*,?\\s*$", "");
                a.extraction.proposals.add(new Extraction.Proposal(proposer, proposedBy, primary, ordinal, text,
                        new Extraction.Source(s.index(), "proposal-item", 0.85)));
                found++;
            }
        }
        if (expected != null && found > 0 && expected != found) {
            a.extraction.notes.add(new Extraction.QualityNote("The text announces " + expected
                    + " proposals but numbers " + found + ".", expected, found,
                    new Extraction.Source(introSentence.index(), "count-check", 1.0)));
        }
    }
}
