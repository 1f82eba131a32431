package org.scokg.extract;

import org.scokg.reference.DateValue;
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

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chairmanships: a state, a chair phrase and a period ("Kirgiztan akan memegang jabatan presiden SCO
 * untuk periode 2025–2026", "memegang keketuaan SCO mulai 12 Juni 2010 hingga Juni 2011"). A handover
 * ("menyerahkan keketuaan ... kepada Uzbekistan") names the new chair. Without a period ("India
 * memegang kursi kepresidenan SCO tahun ini", "China menjadi presiden bergilir"), the one-year
 * rotation is assumed from the year the sentence names, else the article's meeting, else its
 * publication, with less confidence and a quality note saying so.
 */
final class ChairRule implements Rule {
    static final Evidence PERIOD_GIVEN = new Evidence("chair", 0.9);
    /** No period written: the one-year rotation from the meeting's year is assumed. */
    static final Evidence ROTATION_ASSUMED = PERIOD_GIVEN.withConfidence(0.6);


    private final Pattern chair;
    private final Pattern handover;
    private final Pattern handoverTo;
    private final Set<String> periodEnd;
    private final Pattern anaphor;
    /** How far after the chair phrase the organisation it belongs to may be named ("presiden bergilir dari organisasi tersebut"). */
    private static final int MAX_CHARS_PHRASE_TO_ORGANISATION = 30;

    ChairRule(Lexicon lexicon) {
        chair = lexicon.wordPattern("chair/chair-words");
        handover = lexicon.wordPattern("chair/handover-words");
        handoverTo = Pattern.compile("(?s).*\\b" + lexicon.alternation("grammar/recipient-markers", false) + "\\s*$",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        periodEnd = lexicon.words("chair/period-end-words");
        anaphor = Pattern.compile("\\b" + lexicon.alternation("grammar/anaphors", false) + "\\b",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    @Override
    public void apply(ArticleAnalysis a, ArticleMeetings meetings) {
        Extraction.Meeting primary = meetings.primary();
        List<Extraction.Chair> assumed = new ArrayList<>();
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
            Optional<int[]> written = period(s);
            Optional<int[]> years = written.or(() -> rotationYear(a, s, handedOver, primary)
                    .map(year -> new int[] {year, year + 1}));
            // with no period, the chair must be the organisation's: "kepresidenan SCO", "... dari organisasi tersebut"
            boolean organisations = written.isPresent() || chairOfOrganisation(a, s, phraseEnd);
            if (organisation.isEmpty() || state.isEmpty() || years.isEmpty() || !organisations) {
                continue;
            }
            Extraction.Chair found = new Extraction.Chair(organisation.get(), state.get(), years.get()[0],
                    years.get()[1], (written.isPresent() ? PERIOD_GIVEN : ROTATION_ASSUMED).at(s));
            (written.isPresent() ? a.extraction.chairs : assumed).add(found);
        }
        // "Di bawah keketuaan India, ...": a chair whose period the article writes elsewhere is that one
        for (Extraction.Chair chair : assumed) {
            boolean known = a.extraction.chairs.stream()
                    .anyMatch(c -> c.state().equals(chair.state()) && c.organisation().equals(chair.organisation()));
            if (!known) {
                a.extraction.chairs.add(chair);
                a.extraction.notes.add(new Extraction.QualityNote("No period is written for " + chair.state().label()
                        + "'s chairmanship; " + chair.from() + "-" + chair.to() + " is assumed from the one-year rotation.",
                        null, null, chair.source()));
            }
        }
    }

    /**
     * The year a chairmanship without a written period starts: a handover's is the meeting's; else the
     * year the sentence names ("tahun ini"), the meeting's, or the article's publication year.
     */
    private boolean chairOfOrganisation(ArticleAnalysis a, SentenceAnalysis s, int phraseEnd) {
        int limit = Math.min(s.sentence.end(), phraseEnd + MAX_CHARS_PHRASE_TO_ORGANISATION);
        return s.mentionsOf(EntityKind.ORGANISATION).stream()
                .anyMatch(o -> o.start() >= phraseEnd && o.start() <= limit && a.isFocus(o.entity()))
                || anaphor.matcher(s.between(phraseEnd, limit)).find();
    }

    private static Optional<Integer> rotationYear(ArticleAnalysis a, SentenceAnalysis s, boolean handedOver,
                                                  Extraction.Meeting primary) {
        Optional<Integer> meetingYear = Optional.ofNullable(primary).map(m -> m.date).map(DateValue::year);
        if (handedOver) {
            return meetingYear;
        }
        return s.dates.stream().filter(d -> !d.kind().equals("period")).map(d -> d.value().year()).findFirst()
                .or(() -> meetingYear)
                .or(() -> a.dateAnchor.published().map(LocalDate::getYear).or(a.dateAnchor::year));
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
