package org.scokg.cli;

import java.util.Locale;
import org.scokg.reference.Entity;
import org.scokg.extract.analysis.Extraction;
import org.scokg.vocab.FactKind;
import org.scokg.vocab.FactKinds;

/** A plain-text list of an extraction's facts, each followed by the sentence it comes from. */
final class FactListing {
    private final Extraction x;
    private final StringBuilder b = new StringBuilder();

    private FactListing(Extraction x) {
        this.x = x;
    }

    static String of(Extraction x) {
        return new FactListing(x).render();
    }

    private String render() {
        b.append("# ").append(x.article.fileName()).append(" (").append(x.article.shortHash()).append(")\n");
        x.mentions.stream().filter(m -> m.method().equals("fuzzy")).forEach(m ->
                line("typo resolved", "'" + m.surface() + "' -> " + m.entity().label() + " (edit distance " + m.distance() + ")", m.sentence()));
        for (Extraction.Meeting m : x.meetings) {
            line("meeting", m.organisation.label() + " " + (m.date == null ? "?" : m.date.lexical()) + " at "
                    + label(m.place) + (m.ordinal == null ? "" : " #" + m.ordinal) + (m.format == null ? "" : " " + m.format),
                    m.sources.get(0).sentence());
        }
        for (FactKind kind : FactKinds.standard().all()) {
            String name = kind.label("en").toLowerCase(Locale.ROOT);
            x.facts(kind).forEach(f -> line(name, f.describe(), f.source().sentence()));
        }
        return b.toString();
    }

    private void line(String kind, String fact, int sentence) {
        b.append(kind).append(": ").append(fact).append('\n');
        if (sentence < x.article.sentences().size()) {
            b.append("    <- [").append(sentence).append("] ").append(x.article.sentences().get(sentence).text()).append('\n');
        }
    }

    private static String label(Entity e) {
        return e == null ? "?" : e.label();
    }
}
