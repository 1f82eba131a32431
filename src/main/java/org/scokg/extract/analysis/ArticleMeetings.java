package org.scokg.extract.analysis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The meetings of an article as the rules see them: the primary meeting (the one reported) and the
 * meeting each sentence names. Filled once by {@code MeetingRule}.
 */
public final class ArticleMeetings {
    private final Map<Integer, Extraction.Meeting> bySentence = new HashMap<>();
    private Extraction.Meeting primary;

    /** Records the meetings found, primary first, and the sentences naming each. */
    public void found(List<Extraction.Meeting> meetings, Map<Integer, Extraction.Meeting> namedBySentence) {
        primary = meetings.isEmpty() ? null : meetings.get(0);
        bySentence.putAll(namedBySentence);
    }

    /** The meeting reported, or null when the article names none. */
    public Extraction.Meeting primary() {
        return primary;
    }

    /** The meeting sentence {@code s} names, or null. */
    public Extraction.Meeting namedIn(SentenceAnalysis s) {
        return bySentence.get(s.index());
    }

    /** The meeting sentence {@code s} names, else the primary one. */
    public Extraction.Meeting of(SentenceAnalysis s) {
        return bySentence.getOrDefault(s.index(), primary);
    }
}
