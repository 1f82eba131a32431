package org.scokg.extract.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scokg.extract.mention.Lexicon;

/** Who speaks each sentence: the person a quote or a reporting verb gives it to. */
public final class SpeakerFinder {
    private final Pattern afterQuote;
    private final Pattern according;
    private final Pattern subjectVerb;

    public SpeakerFinder(Lexicon lexicon) {
        String verbs = lexicon.alternation("people/speech-verbs", false);
        afterQuote = Pattern.compile("[\"”]\\s*,?\\s*" + verbs + "\\b", Pattern.CASE_INSENSITIVE);
        according = Pattern.compile("\\b" + verbs + "\\s+(?:\\p{L}+\\s+){0,4}$",
                Pattern.CASE_INSENSITIVE);
        subjectVerb = Pattern.compile("^\\s*(?:" + lexicon.alternation("grammar/additive-particles", false) + "\\s+)?"
                + lexicon.alternation("people/reporting-verbs", false) + "\\b", Pattern.CASE_INSENSITIVE);
    }

    /**
     * A quote's speaker is the person named right after the closing quote and a speech verb
     * ({@code ," kata Presiden Xi}); every sentence of the quote gets that speaker. Outside quotes, a
     * person after "menurut" or before a speech verb speaks the sentence.
     */
    void assign(List<SentenceAnalysis> sentences) {
        Map<Integer, List<SentenceAnalysis>> byParagraph = new HashMap<>();
        for (SentenceAnalysis s : sentences) {
            byParagraph.computeIfAbsent(s.sentence.paragraph(), k -> new ArrayList<>()).add(s);
        }
        for (List<SentenceAnalysis> paragraph : byParagraph.values()) {
            int quoteStart = 0;
            for (int i = 0; i < paragraph.size(); i++) {
                SentenceAnalysis s = paragraph.get(i);
                Matcher q = afterQuote.matcher(s.text());
                if (q.find()) {
                    int verbEnd = s.sentence.start() + q.end();
                    Optional<PersonMention> speaker = s.people.stream()
                            .filter(p -> p.start() >= verbEnd && p.start() - verbEnd <= 30).findFirst();
                    if (speaker.isPresent()) {
                        for (int j = quoteStart; j <= i; j++) {
                            paragraph.get(j).speaker = speaker.get();
                        }
                    }
                    quoteStart = i + 1;
                }
            }
            for (SentenceAnalysis s : paragraph) {
                if (s.speaker != null) {
                    continue;
                }
                for (PersonMention p : s.people) {
                    String before = s.between(s.sentence.start(), p.start());
                    String after = s.between(p.end(), s.sentence.end());
                    if (according.matcher(before).find() || subjectVerb.matcher(after).find()) {
                        s.speaker = p;
                        break;
                    }
                }
            }
        }
    }
}
