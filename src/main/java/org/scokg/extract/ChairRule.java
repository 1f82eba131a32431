package org.scokg.extract;

import org.scokg.reference.Entity;
import org.scokg.reference.EntityKind;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chairmanships: a state, a chair phrase and a period ("Kirgiztan akan memegang jabatan presiden SCO
 * untuk periode 2025–2026", "memegang keketuaan SCO mulai 12 Juni 2010 hingga Juni 2011"). A handover
 * ("menyerahkan keketuaan ... kepada Uzbekistan") names the new chair; without a period, the
 * one-year rotation from the meeting's year is assumed, with less confidence.
 */
final class ChairRule {
    private static final Pattern HANDOVER_TO = Pattern.compile("(?s).*\\bkepada\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Set<String> UNTIL = Set.of("hingga", "sampai");

    private final Pattern chair;
    private final Pattern handover;

    ChairRule(Lexicon lexicon) {
        int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        chair = Pattern.compile("\\b" + lexicon.alternation("chair-words", false) + "\\b", flags);
        handover = Pattern.compile("\\b" + lexicon.alternation("handover-words", false) + "\\b", flags);
    }

    /** Adds the chairmanships and returns the sentences they came from. */
    Set<Integer> apply(ArticleAnalysis a, Extraction.Meeting primary) {
        Set<Integer> sentences = new HashSet<>();
        if (a.focus.isEmpty()) {
            return sentences;
        }
        for (SentenceAnalysis s : a.sentences) {
            Matcher m = chair.matcher(s.text());
            if (!m.find()) {
                continue;
            }
            Optional<Entity> organisation = a.organisationOf(s);
            int phraseAt = s.sentence.start() + m.start();
            int phraseEnd = s.sentence.start() + m.end();
            List<Mention> states = s.mentionsOf(EntityKind.STATE);
            boolean handedOver = handover.matcher(s.text()).find();
            Optional<Entity> state = states.stream().filter(st -> st.start() >= phraseEnd)
                    .filter(st -> HANDOVER_TO.matcher(s.between(phraseEnd, st.start())).matches())
                    .map(Mention::entity).findFirst()
                    .or(() -> handedOver ? Optional.empty() : states.stream().filter(st -> st.end() <= phraseAt)
                            .reduce((x, y) -> y).map(Mention::entity))
                    .or(() -> handedOver ? Optional.empty() : states.stream().filter(st -> st.start() >= phraseEnd)
                            .map(Mention::entity).findFirst());
            Optional<int[]> years = period(s).or(() -> handedOver && primary != null && primary.date != null
                    ? Optional.of(new int[] {primary.date.year(), primary.date.year() + 1}) : Optional.empty());
            if (organisation.isEmpty() || state.isEmpty() || years.isEmpty()) {
                continue;
            }
            double confidence = period(s).isPresent() ? 0.9 : 0.6;
            a.extraction.chairs.add(new Extraction.Chair(organisation.get(), state.get(), years.get()[0],
                    years.get()[1], new Extraction.Source(s.index(), "chair", confidence)));
            sentences.add(s.index());
        }
        return sentences;
    }

    /** "periode 2025–2026", or "mulai 12 Juni 2010 hingga Juni 2011". */
    private static Optional<int[]> period(SentenceAnalysis s) {
        Optional<DateMention> written = s.dates.stream().filter(d -> d.kind().equals("period")).findFirst();
        if (written.isPresent()) {
            return Optional.of(new int[] {written.get().value().year(), written.get().last().year()});
        }
        Optional<DateMention> until = s.dates.stream().filter(d -> UNTIL.contains(d.preposition())).findFirst();
        Optional<DateMention> from = until.flatMap(u -> s.dates.stream().filter(d -> d.end() <= u.start())
                .reduce((x, y) -> y));
        if (from.isPresent() && until.get().value().year() > from.get().value().year()) {
            return Optional.of(new int[] {from.get().value().year(), until.get().value().year()});
        }
        return Optional.empty();
    }
}
