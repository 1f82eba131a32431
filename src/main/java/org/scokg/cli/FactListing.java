package org.scokg.cli;

import java.util.function.Function;
import org.scokg.reference.Entity;
import org.scokg.extract.Extraction;

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
        each(x.statuses, s -> s.state().label() + " " + s.status() + " of " + s.organisation().label()
                + (s.since() == null ? "" : " since " + s.since().lexical()), "status", Extraction.Status::source);
        each(x.participations, p -> p.state().label() + " as " + p.role()
                + (p.representative() == null ? "" : " (" + p.representative().name() + ")"), "participation", Extraction.Participation::source);
        each(x.pledges, p -> p.pledger().label() + ": " + p.text()
                + (p.quantity() == null ? "" : " [" + p.quantity().value().toPlainString() + " " + p.quantity().unit() + "]")
                + (p.timeframe() == null ? "" : " [" + p.timeframe() + "]"), "pledge", Extraction.Pledge::source);
        each(x.proposals, p -> (p.ordinal() == null ? "" : p.ordinal() + ". ") + label(p.proposer()) + ": " + p.text(),
                "proposal", Extraction.Proposal::source);
        each(x.chairs, c -> c.state().label() + " chairs " + c.organisation().label() + " " + c.from() + "-" + c.to(),
                "chair", Extraction.Chair::source);
        each(x.offices, o -> o.person().name() + " " + o.role() + " of " + label(o.state()), "office", Extraction.OfficeHolding::source);
        each(x.foundings, f -> f.organisation().label() + " founded " + (f.date() == null ? "" : f.date().lexical())
                + " by " + f.founders().stream().map(Entity::label).toList()
                + (f.renamedTo() == null ? "" : ", renamed " + f.renamedTo().label()), "founding", Extraction.Founding::source);
        each(x.documents, Extraction.OutcomeDocument::title, "document", Extraction.OutcomeDocument::source);
        each(x.institutions, Extraction.Institution::name, "institution", Extraction.Institution::source);
        each(x.claims, c -> c.quantity().surface() + " = " + c.quantity().value().toPlainString()
                + (c.quantity().unit() == null ? "" : " " + c.quantity().unit()), "claim", Extraction.Claim::source);
        each(x.notes, Extraction.QualityNote::text, "quality note", Extraction.QualityNote::source);
        return b.toString();
    }

    private <T> void each(java.util.List<T> facts, Function<T, String> describe, String kind,
                          Function<T, Extraction.Source> source) {
        facts.forEach(f -> line(kind, describe.apply(f), source.apply(f).sentence()));
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
