package org.scokg.extract;

import org.scokg.reference.Entity;
import org.scokg.reference.EntityKind;
import org.scokg.extract.analysis.ArticleAnalysis;
import org.scokg.extract.analysis.ArticleMeetings;
import org.scokg.extract.mention.DateMention;
import org.scokg.extract.analysis.Evidence;
import org.scokg.extract.analysis.Extraction;
import org.scokg.extract.mention.Lexicon;
import org.scokg.extract.mention.Mention;
import org.scokg.extract.analysis.Rule;
import org.scokg.extract.analysis.SentenceAnalysis;

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
final class ChairRule implements Rule {
    static final Evidence PERIOD_GIVEN = new Evidence("chair", 0.9);
    /** No period written: the one-year rotation from the meeting's year is assumed. */
    static final Evidence ROTATION_ASSUMED = PERIOD_GIVEN.withConfidence(0.6);


    private final Pattern chair;
    private final Pattern handover;
    private final Pattern handoverTo;
    private final Set<String> periodEnd;

    ChairRule(Lexicon lexicon) {
        chair = lexicon.wordPattern("chair/chair-words");
        handover = lexicon.wordPattern("chair/handover-words");
        handoverTo = Pattern.compile("(?s).*\\b" + lexicon.alternation("grammar/recipient-markers", false) + "\\s*$",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        periodEnd = lexicon.words("chair/period-end-words");
    }

    @Override
    public void apply(ArticleAnalysis a, ArticleMeetings meetings) {
        Extraction.Meeting primary = meetings.primary();
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
                    .filter(st -> handoverTo.matcher(s.between(phraseEnd, st.start())).matches())
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
            Evidence evidence = period(s).isPresent() ? PERIOD_GIVEN : ROTATION_ASSUMED;
            a.extraction.chairs.add(new Extraction.Chair(organisation.get(), state.get(), years.get()[0],
                    years.get()[1], evidence.at(s)));
        }
    }

    /** "periode 2025–2026", or "mulai 12 Juni 2010 hingga Juni 2011". */
    private Optional<int[]> period(SentenceAnalysis s) {
        Optional<DateMention> written = s.dates.stream().filter(d -> d.kind().equals("period")).findFirst();
        if (written.isPresent()) {
            return Optional.of(new int[] {written.get().value().year(), written.get().last().year()});
        }
        Optional<DateMention> until = s.dates.stream().filter(d -> periodEnd.contains(d.preposition())).findFirst();
        Optional<DateMention> from = until.flatMap(u -> s.dates.stream().filter(d -> d.end() <= u.start())
                .reduce((x, y) -> y));
        if (from.isPresent() && until.get().value().year() > from.get().value().year()) {
            return Optional.of(new int[] {from.get().value().year(), until.get().value().year()});
        }
        return Optional.empty();
    }
}
