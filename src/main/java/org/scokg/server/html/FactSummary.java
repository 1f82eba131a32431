package org.scokg.server.html;

import java.util.List;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDFS;
import org.scokg.server.ld.FactView;
import org.scokg.vocab.FactKind;
import org.scokg.vocab.FactKinds;
import org.scokg.vocab.SCO;

/**
 * The one-line summary of a statement, written from its parts in the page's language ("Full member of
 * Shanghai Cooperation Organisation, since 2001"), leaving out the resource whose page it is on: on
 * China's page a membership reads without "China". Each kind of statement has a template in
 * {@code ontology/display.ttl} ({@link FactKinds}): the properties to show in order, each with the word
 * that introduces it.
 */
public final class FactSummary {
    /** For a node of no known kind: its label. */
    private static final List<FactKind.SummaryPart> LABEL_ONLY = List.of(new FactKind.SummaryPart(RDFS.label, Optional.empty()));

    private FactSummary() {}

    /** Writes the summary of a statement into a page; {@code viewpoint} is left out where it appears. */
    public static void write(Html h, FactView fact, Resource viewpoint, PageContext c) {
        Model model = fact.node().getModel();
        List<FactKind.SummaryPart> template = FactKinds.standard().of(fact.type()).map(FactKind::summary).orElse(LABEL_ONLY);
        boolean first = true;
        h.open("p", "class", "summary");
        for (FactKind.SummaryPart part : template) {
            List<Statement> values = fact.node().listProperties(part.property()).toList();
            values.removeIf(s -> s.getObject().equals(viewpoint));
            if (values.isEmpty()) {
                continue;
            }
            Optional<String> word = part.word().map(w -> w.in(c.lang()));
            if (!first) {
                h.text(word.map(w -> " " + w + " ").orElse(" · "));
            } else if (word.isPresent()) {
                h.text(capitalise(word.get()) + " ");
            }
            boolean startOfLine = first;
            first = false;
            boolean firstValue = true;
            for (Statement value : pickLanguage(values, c.lang())) {
                if (!firstValue) {
                    h.text(", ");
                }
                value(h, model, value.getObject(), c, startOfLine && firstValue && word.isEmpty());
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
