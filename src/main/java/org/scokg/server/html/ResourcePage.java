package org.scokg.server.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.scokg.server.ld.FactView;
import org.scokg.server.ld.ResourceDescriber;
import org.scokg.vocab.SCO;
import org.scokg.vocab.Vocab;

/**
 * The HTML page of a resource, from its description: a heading with its names and identifiers, a
 * membership timeline for states and organisations, its statements grouped by kind, each with the
 * sentence it comes from; for an article its text sentence by sentence; then all its data and what
 * points at it, a page at a time.
 */
public final class ResourcePage {
    /** The sections statements go into, in page order: a message key for each kind. */
    private static final List<Resource> SECTION_ORDER = List.of(SCO.Membership, SCO.Participation, SCO.Pledge,
            SCO.Proposal, SCO.OutcomeDocument, SCO.Institution, SCO.Chairmanship, SCO.Founding, SCO.OfficeHolding,
            SCO.StatisticalClaim, SCO.QualityNote);

    private final ResourceDescriber.Description description;
    private final Model model;
    private final Resource resource;
    private final PageContext c;
    private final Vocabulary vocabulary;
    private final String documentUrl;
    private final String graphStoreUrl;

    /**
     * @param documentUrl   the generic document of the resource, for the page links
     * @param graphStoreUrl where its named graph can be fetched when the IRI names one, else null
     */
    public ResourcePage(ResourceDescriber.Description description, PageContext context, Vocabulary vocabulary,
            String documentUrl, String graphStoreUrl) {
        this.description = description;
        this.model = description.model();
        this.resource = model.createResource(description.iri());
        this.c = context;
        this.vocabulary = vocabulary;
        this.documentUrl = documentUrl;
        this.graphStoreUrl = graphStoreUrl;
    }

    public String render() {
        String title = Labels.of(model, resource, c.lang());
        return Page.render(c, title, head -> {}, h -> {
            heading(h, title);
            if (description.page() == 1) {
                if (resource.hasProperty(RDF.type, SCO.State) || resource.hasProperty(RDF.type, SCO.Organisation)) {
                    timeline(h, title);
                }
                if (resource.hasProperty(RDF.type, SCO.Article)) {
                    articleText(h);
                }
                if (resource.hasProperty(RDF.type, SCO.Sentence)) {
                    sentence(h);
                }
                if (FactView.statementType(resource) != null) {
                    ownStatement(h);
                }
            }
            statementSections(h);
            relatedResources(h);
            mentions(h);
            if (description.page() == 1) {
                allData(h);
            }
            incoming(h);
        });
    }

    private void heading(Html h, String title) {
        List<String> kinds = new ArrayList<>();
        for (Statement s : resource.listProperties(RDF.type).toList()) {
            if (s.getObject().isURIResource()) {
                kinds.add(vocabulary.label(s.getResource().getURI(), c.lang()));
            }
        }
        if (!kinds.isEmpty()) {
            h.element("p", String.join(" · ", kinds), "class", "kind");
        }
        h.element("h1", title);
        String other = Labels.literalIn(model, resource, List.of(org.apache.jena.vocabulary.RDFS.label),
                c.lang().equals("id") ? "en" : "id");
        if (other != null && !other.equals(title)) {
            h.element("p", other, "class", "alt", "lang", c.lang().equals("id") ? "en" : "id");
        }
        h.open("p", "class", "iri").text(c.t("iri") + " ").element("code", resource.getURI()).close("p");
        h.open("ul", "class", "badges");
        for (Statement s : resource.listProperties(OWL.sameAs).toList()) {
            if (s.getObject().isURIResource()) {
                String iri = s.getResource().getURI();
                h.open("li");
                if (iri.startsWith(Vocab.WD)) {
                    h.text(c.t("wikidata") + " ").link(iri, iri.substring(Vocab.WD.length()), "rel", "owl:sameAs");
                } else {
                    h.text(c.t("same.as") + " ").link(iri, iri);
                }
                h.close("li");
            }
        }
        badge(h, SCO.isoCode);
        badge(h, SCO.acronym);
        badge(h, SCO.date);
        badge(h, SCO.location);
        badge(h, SCO.format);
        badge(h, SCO.ordinal);
        badge(h, SCO.dateline);
        badge(h, SCO.agency);
        badge(h, SCO.reporter);
        badge(h, SCO.editor);
        badge(h, SCO.copyrightYear);
        badge(h, SCO.country);
        badge(h, SCO.capitalOf);
        badge(h, SCO.nationality);
        h.close("ul");
        if (graphStoreUrl != null) {
            h.open("p").text(c.t("article.graph") + ": ").link(graphStoreUrl, "Turtle (Graph Store Protocol)", "type", "text/turtle").close("p");
        }
    }

    private void badge(Html h, org.apache.jena.rdf.model.Property property) {
        for (Statement s : resource.listProperties(property).toList()) {
            h.open("li").text(vocabulary.label(property.getURI(), c.lang()) + ": ");
            FactSummary.value(h, model, s.getObject(), c);
            h.close("li");
        }
    }

    // ---- Timeline

    private void timeline(Html h, String title) {
        boolean organisation = resource.hasProperty(RDF.type, SCO.Organisation);
        List<MembershipTimelineSvg.Entry> entries = new ArrayList<>();
        for (FactView fact : FactView.all(model, resource)) {
            if (!fact.isA(SCO.Membership)) {
                continue;
            }
            Resource row = fact.node().getPropertyResourceValue(organisation ? SCO.memberState : SCO.organisation);
            Resource status = fact.node().getPropertyResourceValue(SCO.status);
            if (row == null || status == null || !row.isURIResource()) {
                continue;
            }
            Integer start = FactView.yearOf(value(fact.node(), SCO.startDate));
            Integer end = FactView.yearOf(value(fact.node(), SCO.endDate));
            entries.add(new MembershipTimelineSvg.Entry(row.getURI(), Labels.of(model, row, c.lang()), row.getURI(),
                    status.getURI(), Labels.of(model, status, c.lang()), start, end, fact.articleYear()));
        }
        h.open("section", "id", "timeline", "class", "timeline");
        h.element("h2", c.t("timeline"));
        h.raw(MembershipTimelineSvg.render(entries, c.currentYear(), c.lang(), c.t("timeline") + ": " + title));
        h.close("section");
    }

    private static RDFNode value(Resource node, org.apache.jena.rdf.model.Property property) {
        Statement s = node.getProperty(property);
        return s == null ? null : s.getObject();
    }

    // ---- Articles and sentences

    private void articleText(Html h) {
        List<Resource> sentences = new ArrayList<>(model.listSubjectsWithProperty(SCO.inArticle, resource).toList());
        if (sentences.isEmpty()) {
            return;
        }
        sentences.sort(Comparator.comparingInt(s -> s.hasProperty(SCO.sentenceIndex) ? s.getProperty(SCO.sentenceIndex).getInt() : 0));
        h.open("section", "id", "text");
        h.element("h2", c.t("article.text"));
        h.open("ol", "class", "sentences", "lang", "id");
        for (Resource sentence : sentences) {
            int index = sentence.hasProperty(SCO.sentenceIndex) ? sentence.getProperty(SCO.sentenceIndex).getInt() : 0;
            h.open("li", "id", "s" + index, "value", String.valueOf(index));
            h.text(sentence.hasProperty(SCO.text) ? sentence.getProperty(SCO.text).getString() : "").text(" ");
            h.link(sentence.getURI(), "¶", "title", c.t("sentence") + " " + index, "aria-label", c.t("sentence") + " " + index);
            h.close("li");
        }
        h.close("ol");
        h.close("section");
    }

    private void sentence(Html h) {
        if (resource.hasProperty(SCO.text)) {
            h.open("blockquote", "lang", "id").text(resource.getProperty(SCO.text).getString()).close("blockquote");
        }
        Resource article = resource.getPropertyResourceValue(SCO.inArticle);
        if (article != null) {
            String anchor = resource.hasProperty(SCO.sentenceIndex) ? "#s" + resource.getProperty(SCO.sentenceIndex).getInt() : "";
            h.open("p", "class", "source").text(c.t("in.article") + ": ")
                    .link(article.getURI() + anchor, Labels.of(model, article, c.lang()), "lang", "id").close("p");
        }
    }

    private void ownStatement(Html h) {
        FactView fact = FactView.of(resource, FactView.statementType(resource));
        h.open("section", "id", "statement");
        FactSummary.write(h, fact, resource, c);
        if (fact.confidence() != null) {
            h.element("p", c.t("confidence") + " " + fact.confidence(), "class", "source");
        }
        FactSummary.writeSource(h, List.of(fact), c);
        h.close("section");
    }

    // ---- Statements by kind

    private void statementSections(Html h) {
        Map<Resource, List<FactView>> byKind = new LinkedHashMap<>();
        for (FactView fact : FactView.all(model, resource)) {
            if (!fact.isA(SCO.Mention)) {
                byKind.computeIfAbsent(fact.type(), k -> new ArrayList<>()).add(fact);
            }
        }
        for (Resource kind : SECTION_ORDER) {
            List<FactView> facts = byKind.get(kind);
            if (facts == null) {
                continue;
            }
            String key = sectionKey(kind);
            h.open("section", "id", key.replace('.', '-'));
            h.element("h2", c.t(key));
            h.open("ul", "class", "facts");
            // One entry per source sentence: a sentence often says several things at once (the
            // states at a meeting), which then read as a list under one quote.
            Map<String, List<FactView>> bySentence = new LinkedHashMap<>();
            for (FactView fact : facts) {
                // Statements without a sentence (the reference data's) make one entry of their own.
                bySentence.computeIfAbsent(fact.sentence() == null ? "" : fact.sentence().getURI(), k -> new ArrayList<>()).add(fact);
            }
            List<List<FactView>> groups = new ArrayList<>(bySentence.values());
            Map<FactView, String> lines = new java.util.HashMap<>();
            for (FactView fact : facts) {
                Html line = h.part();
                FactSummary.write(line, fact, resource, c);
                lines.put(fact, line.toString());
            }
            Comparator<FactView> byText = Comparator.comparing(f -> visibleText(lines.get(f)));
            groups.forEach(g -> g.sort(byText));
            groups.sort(Comparator.comparing((List<FactView> g) -> g.get(0).sentence() != null)
                    .thenComparing(g -> visibleText(lines.get(g.get(0)))));
            for (List<FactView> group : groups) {
                h.open("li");
                for (FactView fact : group) {
                    h.raw(lines.get(fact)); // written by FactSummary through Html, so escaped
                }
                FactSummary.writeSource(h, group, c);
                h.close("li");
            }
            h.close("ul");
            h.close("section");
        }
    }

    private static String visibleText(String html) {
        return html.replaceAll("<[^>]*>", "").toLowerCase(Locale.ROOT);
    }

    private String sectionKey(Resource kind) {
        boolean organisation = resource.hasProperty(RDF.type, SCO.Organisation);
        boolean meeting = resource.hasProperty(RDF.type, SCO.Meeting);
        boolean person = resource.hasProperty(RDF.type, SCO.Person);
        boolean source = resource.hasProperty(RDF.type, SCO.Article) || resource.hasProperty(RDF.type, SCO.Sentence);
        if (kind.equals(SCO.Membership)) {
            return organisation ? "members" : "memberships";
        }
        if (kind.equals(SCO.Participation)) {
            return meeting || source ? "participants" : "meetings.attended";
        }
        if (kind.equals(SCO.Pledge)) {
            return "pledges";
        }
        if (kind.equals(SCO.Proposal)) {
            return "proposals";
        }
        if (kind.equals(SCO.OutcomeDocument)) {
            return "documents";
        }
        if (kind.equals(SCO.Institution)) {
            return "institutions";
        }
        if (kind.equals(SCO.Chairmanship)) {
            return "chairmanships";
        }
        if (kind.equals(SCO.Founding)) {
            return "foundings";
        }
        if (kind.equals(SCO.OfficeHolding)) {
            return person ? "offices" : "office.holders";
        }
        if (kind.equals(SCO.StatisticalClaim)) {
            return "claims";
        }
        return "quality";
    }

    /** Resources (not statements) that point here, grouped by kind: an organisation's meetings, a state's people. */
    private void relatedResources(Html h) {
        Map<String, List<Resource>> byKind = new TreeMap<>();
        for (Resource subject : model.listSubjects().toList()) {
            if (!subject.isURIResource() || subject.equals(resource) || FactView.statementType(subject) != null
                    || subject.hasProperty(RDF.type, SCO.Sentence) || !pointsHere(subject)) {
                continue;
            }
            Resource type = subject.getPropertyResourceValue(RDF.type);
            if (type == null || !type.isURIResource()) {
                continue;
            }
            byKind.computeIfAbsent(kindHeading(type), k -> new ArrayList<>()).add(subject);
        }
        for (Map.Entry<String, List<Resource>> kind : byKind.entrySet()) {
            h.open("section");
            h.element("h2", kind.getKey());
            h.open("ul", "class", "cols");
            kind.getValue().stream()
                    .sorted(Comparator.comparing(r -> Labels.of(model, r, c.lang()).toLowerCase(Locale.ROOT)))
                    .forEach(r -> h.open("li").link(r.getURI(), Labels.of(model, r, c.lang())).close("li"));
            h.close("ul");
            h.close("section");
        }
    }

    private boolean pointsHere(Resource subject) {
        return model.listStatements(subject, null, resource).hasNext();
    }

    private String kindHeading(Resource type) {
        if (type.equals(SCO.Meeting)) {
            return c.t("meetings");
        }
        if (type.equals(SCO.Person)) {
            return c.t("people");
        }
        if (type.equals(SCO.Article)) {
            return c.t("articles");
        }
        return vocabulary.label(type.getURI(), c.lang());
    }

    /** Mentions grouped by article: how often and as what the articles name this resource. */
    private void mentions(Html h) {
        Map<Resource, List<FactView>> byArticle = new LinkedHashMap<>();
        for (FactView fact : FactView.all(model, resource)) {
            if (fact.isA(SCO.Mention) && fact.article() != null && resource.equals(fact.node().getPropertyResourceValue(SCO.denotes))) {
                byArticle.computeIfAbsent(fact.article(), k -> new ArrayList<>()).add(fact);
            }
        }
        if (byArticle.isEmpty()) {
            return;
        }
        h.open("section", "id", "mentions");
        h.element("h2", c.t("mentions"));
        h.open("ul");
        for (Map.Entry<Resource, List<FactView>> entry : byArticle.entrySet()) {
            h.open("li");
            h.link(entry.getKey().getURI(), Labels.of(model, entry.getKey(), c.lang()), "lang", "id");
            List<String> forms = entry.getValue().stream()
                    .map(f -> f.node().hasProperty(SCO.surfaceForm) ? f.node().getProperty(SCO.surfaceForm).getString() : "")
                    .filter(s -> !s.isEmpty()).distinct().sorted().toList();
            h.text(" — " + entry.getValue().size() + " " + c.t("mentions.count") + (forms.isEmpty() ? "" : ": " + String.join(", ", forms)));
            h.text(" (");
            boolean first = true;
            for (FactView mention : entry.getValue()) {
                if (!first) {
                    h.text(" ");
                }
                first = false;
                String anchor = mention.sentenceIndex() == null ? "" : "#s" + mention.sentenceIndex();
                h.link(entry.getKey().getURI() + anchor, "¶" + (mention.sentenceIndex() == null ? "" : mention.sentenceIndex()));
            }
            h.text(")");
            h.close("li");
        }
        h.close("ul");
        h.close("section");
    }

    // ---- The data itself

    private void allData(Html h) {
        Map<String, List<Statement>> byProperty = new TreeMap<>();
        for (Statement s : resource.listProperties().toList()) {
            byProperty.computeIfAbsent(vocabulary.label(s.getPredicate().getURI(), c.lang()), k -> new ArrayList<>()).add(s);
        }
        if (byProperty.isEmpty()) {
            return;
        }
        h.open("section", "id", "data");
        h.element("h2", c.t("all.data"));
        h.open("table");
        for (Map.Entry<String, List<Statement>> entry : byProperty.entrySet()) {
            String predicate = entry.getValue().get(0).getPredicate().getURI();
            h.open("tr").open("th", "scope", "row").link(predicate, entry.getKey(), "title", predicate).close("th").open("td");
            List<Statement> values = new ArrayList<>(entry.getValue());
            values.sort(Comparator.comparing(s -> s.getObject().toString()));
            boolean first = true;
            for (Statement s : values) {
                if (!first) {
                    h.raw("<br>");
                }
                first = false;
                dataValue(h, s.getObject());
            }
            h.close("td").close("tr");
        }
        h.close("table");
        h.close("section");
    }

    private void dataValue(Html h, RDFNode value) {
        if (value.isURIResource()) {
            h.link(value.asResource().getURI(), Labels.of(model, value.asResource(), c.lang()), "title", value.asResource().getURI());
        } else if (value.isLiteral()) {
            Literal literal = value.asLiteral();
            String text = literal.getLexicalForm();
            String lang = literal.getLanguage().isEmpty() ? null : literal.getLanguage();
            if (text.length() > 300) {
                h.open("details", "lang", lang).element("summary", Labels.shorten(text, 120)).element("p", text).close("details");
            } else {
                h.element("span", text, "lang", lang);
            }
            if (lang != null) {
                h.element("span", "@" + lang, "class", "lit-lang");
            } else if (literal.getDatatypeURI() != null && !literal.getDatatypeURI().endsWith("#string")) {
                h.element("span", Labels.localName(literal.getDatatypeURI()), "class", "lit-lang");
            }
        } else {
            h.text("[ ]");
        }
    }

    private void incoming(Html h) {
        List<Statement> links = model.listStatements(null, null, resource).toList();
        links.removeIf(s -> s.getSubject().equals(resource));
        if (links.isEmpty() && description.page() == 1) {
            return;
        }
        h.open("section", "id", "incoming");
        h.element("h2", c.t("incoming"));
        h.element("p", description.incomingTotal() + " " + c.t("incoming.count")
                + (description.incomingTotal() > links.size() ? " · " + c.t("page") + " " + description.page() : ""));
        links.sort(Comparator.comparing((Statement s) -> vocabulary.label(s.getPredicate().getURI(), c.lang()))
                .thenComparing(s -> Labels.of(model, s.getSubject(), c.lang()).toLowerCase(Locale.ROOT)));
        h.open("table");
        for (Statement s : links) {
            h.open("tr").open("td");
            h.link(s.getSubject().getURI(), Labels.of(model, s.getSubject(), c.lang()), "title", s.getSubject().getURI());
            h.close("td").open("td");
            h.link(s.getPredicate().getURI(), vocabulary.label(s.getPredicate().getURI(), c.lang()));
            h.close("td").close("tr");
        }
        h.close("table");
        h.open("nav", "class", "pager");
        if (description.page() > 1) {
            h.link(documentUrl + (description.page() == 2 ? "" : "?page=" + (description.page() - 1)), "← " + c.t("previous"), "rel", "prev");
        }
        if (description.hasNext()) {
            h.link(documentUrl + "?page=" + (description.page() + 1), c.t("next") + " →", "rel", "next");
        }
        h.close("nav");
        h.close("section");
    }
}
