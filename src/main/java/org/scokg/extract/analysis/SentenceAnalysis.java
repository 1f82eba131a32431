package org.scokg.extract.analysis;

import java.util.ArrayList;
import java.util.List;
import org.scokg.article.Sentence;
import org.scokg.extract.mention.DateMention;
import org.scokg.extract.mention.Mention;
import org.scokg.extract.mention.Quantity;
import org.scokg.extract.mention.Token;
import org.scokg.reference.EntityKind;

/** What the extractor knows of one sentence before it looks for facts. */
public final class SentenceAnalysis {
    public final Sentence sentence;
    public final List<Token> tokens;
    public final List<Mention> mentions;
    public final List<DateMention> dates;
    public final List<Quantity> quantities;
    public final List<PersonMention> people = new ArrayList<>();
    public PersonMention speaker;

    SentenceAnalysis(Sentence sentence, List<Token> tokens, List<Mention> mentions, List<DateMention> dates,
                     List<Quantity> quantities) {
        this.sentence = sentence;
        this.tokens = tokens;
        this.mentions = mentions;
        this.dates = dates;
        this.quantities = quantities;
    }

    public String text() {
        return sentence.text();
    }

    public int index() {
        return sentence.index();
    }

    public List<Mention> mentionsOf(EntityKind kind) {
        List<Mention> of = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.is(kind)) {
                of.add(m);
            }
        }
        return of;
    }

    /** Text of the sentence between two body offsets. */
    public String between(int from, int to) {
        int a = Math.max(0, from - sentence.start());
        int b = Math.min(sentence.text().length(), to - sentence.start());
        return a < b ? sentence.text().substring(a, b) : "";
    }

    /** Offset into the sentence text of a body offset. */
    public int local(int bodyOffset) {
        return bodyOffset - sentence.start();
    }
}
