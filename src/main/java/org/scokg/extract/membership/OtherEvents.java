package org.scokg.extract.membership;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scokg.reference.DateValue;
import org.scokg.reference.Entity;
import org.scokg.reference.EntityKind;
import org.scokg.extract.mention.DateMention;
import org.scokg.extract.analysis.Extraction;
import org.scokg.extract.mention.Lexicon;
import org.scokg.extract.mention.Mention;
import org.scokg.extract.analysis.SentenceAnalysis;

/**
 * Whether a sentence that names no meeting of its own speaks of another event than the meeting
 * reported: it places what it tells in another city ("... bertemu di Beijing"), on a date more
 * than a summit's few days away, names another kind of event ("Parade tersebut ...") or the next or
 * a past meeting ("Kirgizstan akan menjadi tuan rumah KTT berikutnya"). Those attending that event did
 * not thereby attend the summit.
 */
final class OtherEvents {
    /** A summit lasts a few days; a date further from its first day is another occasion. */
    private static final int SUMMIT_DAYS = 3;

    private final Pattern placePreposition;
    private final Pattern otherEvent;
    private final Pattern meetingWord;
    /** "berikutnya", "tahun lalu" just after a meeting word: another meeting than the one reported. */
    private final Pattern relativeAfter;

    OtherEvents(Lexicon lexicon) {
        placePreposition = Pattern.compile("(?s).*\\b" + lexicon.alternation("grammar/place-prepositions", false) + "\\s*$",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        otherEvent = lexicon.wordPattern("participation/other-event-words");
        meetingWord = Pattern.compile("\\b(?:" + lexicon.alternation("meeting/meeting-words", true) + ")\\b",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        relativeAfter = Pattern.compile("[^.,;]{0,40}?\\b" + lexicon.alternation("meeting/meeting-relative-words", false) + "\\b",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    boolean namesAnother(SentenceAnalysis s, Extraction.Meeting meeting) {
        return elsewhere(s, meeting.place) || anotherDay(s, meeting.date) || otherEvent.matcher(s.text()).find()
                || firstMeetingIsAnother(s);
    }

    /** The first meeting the sentence names is the next or a past one ("tuan rumah KTT SCO berikutnya"). */
    private boolean firstMeetingIsAnother(SentenceAnalysis s) {
        Matcher m = meetingWord.matcher(s.text());
        return m.find() && relativeAfter.matcher(s.text()).region(m.end(), s.text().length()).lookingAt();
    }

    private boolean elsewhere(SentenceAnalysis s, Entity venue) {
        return venue != null && s.mentionsOf(EntityKind.CITY).stream()
                .filter(c -> placePreposition.matcher(s.between(s.sentence.start(), c.start())).matches())
                .map(Mention::entity).anyMatch(city -> !inPlace(city, venue));
    }

    private static boolean inPlace(Entity city, Entity venue) {
        return city.equals(venue) || city.state().map(venue.iri()::equals).orElse(false);
    }

    private static boolean anotherDay(SentenceAnalysis s, DateValue day) {
        if (day == null || !day.isFullDate()) {
            return false;
        }
        LocalDate first = LocalDate.of(day.year(), day.month(), day.day());
        return s.dates.stream().map(DateMention::value).filter(DateValue::isFullDate)
                .anyMatch(d -> Math.abs(ChronoUnit.DAYS.between(first, LocalDate.of(d.year(), d.month(), d.day()))) > SUMMIT_DAYS);
    }
}
