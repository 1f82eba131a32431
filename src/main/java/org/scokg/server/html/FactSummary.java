package org.scokg.server.html;

import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDFS;
import org.scokg.server.ld.FactView;
import org.scokg.vocab.SCO;

/**
 * The one-line summary of a statement, written from its parts in the page's language ("Full member of
 * Shanghai Cooperation Organisation, since 2001"), leaving out the resource whose page it is on: on
 * China's page a membership reads without "China". Each kind of statement has a template: the
 * properties to show in order, each with the word that introduces it.
 */
public final class FactSummary {
    /** A part of a summary: a property's values, after a word (a message key) or none. */
    private record Part(String word, Property property) {}

    private static final Map<Resource, List<Part>> TEMPLATES = Map.ofEntries(
            Map.entry(SCO.Membership, List.of(new Part(null, SCO.memberState), new Part(null, SCO.status),
                    new Part("of", SCO.organisation), new Part("since", SCO.startDate), new Part("until", SCO.endDate))),
            Map.entry(SCO.Participation, List.of(new Part(null, SCO.participant), new Part("at", SCO.meeting),
                    new Part("as", SCO.role), new Part("represented.by", SCO.representedBy))),
            Map.entry(SCO.Pledge, List.of(new Part(null, SCO.pledger), new Part(null, SCO.text), new Part("at", SCO.meeting),
                    new Part("announced.by", SCO.announcedBy))),
            Map.entry(SCO.Proposal, List.of(new Part(null, SCO.proposer), new Part(null, SCO.text), new Part("at", SCO.meeting),
                    new Part("by", SCO.announcedBy))),
            Map.entry(SCO.OutcomeDocument, List.of(new Part(null, RDFS.label), new Part("at", SCO.meeting))),
            Map.entry(SCO.Institution, List.of(new Part(null, RDFS.label), new Part("at", SCO.meeting))),
            Map.entry(SCO.Chairmanship, List.of(new Part(null, SCO.chairState), new Part("of", SCO.organisation),
                    new Part("since", SCO.startDate), new Part("until", SCO.endDate))),
            Map.entry(SCO.OfficeHolding, List.of(new Part(null, SCO.holder), new Part(null, SCO.office), new Part("of", SCO.officeState))),
            Map.entry(SCO.Founding, List.of(new Part(null, SCO.organisation), new Part(null, SCO.date), new Part("by", SCO.founder),
                    new Part(null, SCO.renamedTo))),
            Map.entry(SCO.StatisticalClaim, List.of(new Part(null, SCO.claimant), new Part(null, SCO.text))),
            Map.entry(SCO.Mention, List.of(new Part(null, SCO.surfaceForm), new Part(null, SCO.denotes))),
            Map.entry(SCO.QualityNote, List.of(new Part(null, RDFS.comment))));

    private FactSummary() {}

    /** Writes the summary of a statement into a page; {@code viewpoint} is left out where it appears. */
    public static void write(Html h, FactView fact, Resource viewpoint, PageContext c) {
        Model model = fact.node().getModel();
        List<Part> template = TEMPLATES.getOrDefault(fact.type(), List.of(new Part(null, RDFS.label)));
        boolean first = true;
        h.open("p", "class", "summary");
        for (Part part : template) {
            List<Statement> values = fact.node().listProperties(part.property()).toList();
            values.removeIf(s -> s.getObject().equals(viewpoint));
            if (values.isEmpty()) {
                continue;
            }
            if (!first) {
                h.text(part.word() == null ? " · " : " " + c.t(part.word()) + " ");
            } else if (part.word() != null) {
                h.text(capitalise(c.t(part.word())) + " ");
            }
            boolean startOfLine = first;
            first = false;
            boolean firstValue = true;
            for (Statement value : pickLanguage(values, c.lang())) {
                if (!firstValue) {
                    h.text(", ");
                }
                value(h, model, value.getObject(), c, startOfLine && firstValue && part.word() == null);
                firstValue = false;
            }
        }
        if (fact.node().hasProperty(SCO.quantity)) {
            Resource quantity = fact.node().getPropertyResourceValue(SCO.quantity);
            if (quantity != null && quantity.hasProperty(SCO.surfaceForm)) {
                h.open("span", "class", "detail").text(" · " + quantity.getProperty(SCO.surfaceForm).getString()).close("span");
            }
        }
        if (first) {
            h.text(Labels.of(model, fact.node(), c.lang()));
        }
        if (!fact.node().equals(viewpoint)) {
            // The statement's own page, marked small: the line itself is about what it links to.
            String title = c.t("statement") + (fact.confidence() == null ? "" : ", " + c.t("confidence") + " " + fact.confidence());
            h.text(" ");
            h.link(fact.node().getURI(), "↗", "class", "stmt", "title", title, "aria-label", title);
        }
        h.close("p");
    }

    /** A value in a summary: a link named by its label, a quoted text, or a date as written. */
    static void value(Html h, Model model, RDFNode value, PageContext c) {
        value(h, model, value, c, false);
    }

    /** @param capitalised whether the value starts the summary, so a label such as "full member" starts with a capital */
    static void value(Html h, Model model, RDFNode value, PageContext c, boolean capitalised) {
        if (value.isURIResource()) {
            String label = Labels.of(model, value.asResource(), c.lang());
            h.link(value.asResource().getURI(), capitalised ? capitalise(label) : label);
        } else if (value.isLiteral()) {
            String lang = value.asLiteral().getLanguage();
            String text = value.asLiteral().getLexicalForm();
            boolean quoted = text.length() > 40;
            // A long text (what was pledged or proposed) is quoted and set in normal weight.
            h.open("span", "lang", lang.isEmpty() ? null : lang, "class", quoted ? "said" : null);
            h.text(quoted ? "“" + text + "”" : text);
            h.close("span");
        }
    }

    /** For language-tagged alternatives of one property (labels), the one in the page's language only. */
    private static List<Statement> pickLanguage(List<Statement> values, String lang) {
        boolean allTagged = values.stream().allMatch(s -> s.getObject().isLiteral() && !s.getLanguage().isEmpty());
        if (!allTagged || values.size() < 2) {
            return values;
        }
        List<Statement> inLang = values.stream().filter(s -> s.getLanguage().equals(lang)).toList();
        return inLang.isEmpty() ? values.subList(0, 1) : inLang;
    }

    private static String capitalise(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    /**
     * The sentence statements were drawn from, quoted once, and where it is: the article (linked at
     * the sentence), its year, and the sentence's own page.
     */
    public static void writeSource(Html h, List<FactView> facts, PageContext c) {
        FactView first = facts.get(0);
        if (first.quote() != null) {
            h.open("blockquote", "lang", "id", "cite", first.sentence().getURI()).text(first.quote()).close("blockquote");
        }
        h.open("p", "class", "source");
        if (first.article() != null) {
            h.text(c.t("source") + ": ");
            String anchor = first.sentenceIndex() == null ? "" : "#s" + first.sentenceIndex();
            h.link(first.article().getURI() + anchor, Labels.of(first.node().getModel(), first.article(), c.lang()), "lang", "id");
            if (first.articleYear() != null) {
                h.text(" (" + first.articleYear() + ")");
            }
            h.text(" · ");
        }
        if (first.sentence() != null) {
            h.link(first.sentence().getURI(), c.t("sentence") + (first.sentenceIndex() == null ? "" : " " + first.sentenceIndex()));
        } else {
            // Every statement drawn from an article names its sentence; the others are the reference data's.
            h.text(c.t("source") + ": " + c.t("reference.data"));
        }
        h.close("p");
    }
}
