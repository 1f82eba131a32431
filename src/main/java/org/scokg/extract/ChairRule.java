package org.scokg.extract;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chairmanships: a state, a chair phrase and a period ("Kirgiztan akan memegang jabatan presiden SCO
 * untuk periode 2025–2026"), or the chair handed "kepada" a state.
 */
final class ChairRule {
    private final Pattern chair;

    ChairRule(Lexicon lexicon) {
        chair = Pattern.compile("\\b" + lexicon.alternation("chair-words", false) + "\\b",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** Adds the chairmanships and returns the sentences they came from. */
    Set<Integer> apply(ArticleAnalysis a) {
        Set<Integer> sentences = new HashSet<>();
        if (a.focus.isEmpty()) {
            return sentences;
        }
        for (SentenceAnalysis s : a.sentences) {
            Matcher m = chair.matcher(s.text());
            if (!m.find()) {
                continue;
            }
            Optional<DateMention> period = s.dates.stream().filter(d -> d.kind().equals("period")).findFirst();
            Optional<Entity> organisation = a.organisationOf(s);
            int phraseAt = s.sentence.start() + m.start();
            int phraseEnd = s.sentence.start() + m.end();
            Optional<Entity> state = s.mentionsOf(EntityKind.STATE).stream().filter(st -> st.end() <= phraseAt)
                    .reduce((x, y) -> y).map(Mention::entity)
                    .or(() -> s.mentionsOf(EntityKind.STATE).stream()
                            .filter(st -> s.between(phraseAt, st.start()).matches("(?s).*\\bkepada\\s*$"))
                            .map(Mention::entity).findFirst())
                    // "keketuaan India periode 2022-2023": the chair named right after the phrase
                    .or(() -> s.mentionsOf(EntityKind.STATE).stream()
                            .filter(st -> st.start() >= phraseEnd && s.between(phraseEnd, st.start()).matches("\\s*(?:\\p{L}+\\s+)?"))
                            .map(Mention::entity).findFirst());
            if (period.isEmpty() || organisation.isEmpty() || state.isEmpty()) {
                continue;
            }
            a.extraction.chairs.add(new Extraction.Chair(organisation.get(), state.get(), period.get().value().year(),
                    period.get().last().year(), new Extraction.Source(s.index(), "chair", 0.9)));
            sentences.add(s.index());
        }
        return sentences;
    }
}
