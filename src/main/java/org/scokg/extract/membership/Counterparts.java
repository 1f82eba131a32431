package org.scokg.extract.membership;

import java.util.regex.Pattern;
import org.scokg.extract.mention.Lexicon;

/**
 * Someone met at a meeting's margins rather than attending it: "Xi juga dijadwalkan bertemu dengan
 * Presiden Kazakhstan Tokayev" names a counterpart, whose state that sentence does not say took
 * part. Met at the meeting itself ("Putin bertemu dengan Presiden Xi ... di KTT SCO"), both attend.
 */
final class Counterparts {
    /** Words of a title between the marker and the name or state ("Perdana Menteri (PM) India"). */
    private static final int MAX_TITLE_WORDS = 5;

    private final Pattern marker;
    private final Pattern atMeeting;

    Counterparts(Lexicon lexicon) {
        int f = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        marker = Pattern.compile("\\b" + lexicon.alternation("participation/counterpart-markers", false)
                + "\\s+(?:[\\p{L}()-]+\\s+){0," + MAX_TITLE_WORDS + "}$", f);
        atMeeting = Pattern.compile("^[^.;]*?\\b" + lexicon.alternation("participation/at-meeting-prepositions", false)
                + "\\s+" + lexicon.alternation("meeting/meeting-words", true) + "\\b", f);
    }

    /**
     * Whether the person or state between {@code before} and {@code after} (the sentence's text on
     * either side) is a counterpart met, not a participant.
     */
    boolean met(String before, String after) {
        return marker.matcher(before).find() && !atMeeting.matcher(after).find();
    }
}
