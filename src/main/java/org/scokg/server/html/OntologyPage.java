package org.scokg.server.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.scokg.server.ld.LinkedDataVocab;
import org.scokg.vocab.SCO;

/**
 * The documentation page of the ontology, generated from the OWL file: its metadata, then every
 * class, property, concept scheme and concept with its labels and definitions in both languages,
 * its place in the hierarchy, domain and range, and its alignments to other vocabularies. Each term
 * is anchored by its local name, so {@code /def/sco#Membership} opens at the term. The model names
 * the terms as the code does; the page shows them in the namespace of the site serving it.
 */
public final class OntologyPage {
    private static final String DCTERMS = LinkedDataVocab.DCTERMS;
    private static final Property TITLE = ResourceFactory.createProperty(DCTERMS + "title");
    private static final Property DESCRIPTION = ResourceFactory.createProperty(DCTERMS + "description");
    private static final Property LICENSE = ResourceFactory.createProperty(DCTERMS + "license");
    private static final Property CREATED = ResourceFactory.createProperty(DCTERMS + "created");
    private static final Property PREFIX = ResourceFactory.createProperty("http://purl.org/vocab/vann/preferredNamespacePrefix");
    private static final List<Property> ALIGNMENTS = List.of(OWL.equivalentClass, OWL.equivalentProperty, SKOS.exactMatch,
            SKOS.closeMatch, SKOS.broadMatch, SKOS.narrowMatch, SKOS.relatedMatch, RDFS.seeAlso);

    private final Model model;
    private final PageContext c;
    private final Vocabulary vocabulary;

    public OntologyPage(Model ontology, PageContext context, Vocabulary vocabulary) {
        this.model = ontology;
        this.c = context;
        this.vocabulary = vocabulary;
    }

    public String render() {
        Resource ontology = model.listSubjectsWithProperty(RDF.type, OWL.Ontology).nextOptional()
                .orElse(model.createResource(SCO.ONTOLOGY_IRI));
        String title = Labels.literalIn(model, ontology, List.of(TITLE, RDFS.label), c.lang());
        String heading = title == null ? "sco" : title;
        List<Resource> classes = terms(OWL.Class);
        List<Resource> objectProperties = terms(OWL.ObjectProperty);
        List<Resource> datatypeProperties = terms(OWL.DatatypeProperty);
        List<Resource> otherProperties = terms(RDF.Property);
        otherProperties.removeAll(objectProperties);
        otherProperties.removeAll(datatypeProperties);
        List<Resource> concepts = terms(SKOS.ConceptScheme);
        concepts.addAll(terms(SKOS.Concept));
        return Page.render(c, heading, head -> {}, h -> {
            h.element("p", "OWL", "class", "kind");
            h.element("h1", heading);
            String description = Labels.literalIn(model, ontology, List.of(DESCRIPTION, RDFS.comment), c.lang());
            if (description != null) {
                h.element("p", description);
            }
            h.open("table");
            row(h, c.t("iri"), c.addresses().namespace().deployed(ontology.getURI()));
            row(h, c.t("namespace"), c.addresses().namespace().uri());
            if (ontology.hasProperty(PREFIX)) {
                row(h, c.t("prefix"), ontology.getProperty(PREFIX).getString());
            }
            if (ontology.hasProperty(OWL.versionInfo)) {
                row(h, c.t("version"), ontology.getProperty(OWL.versionInfo).getString());
            }
            if (ontology.hasProperty(CREATED)) {
                row(h, vocabulary.label(CREATED.getURI(), c.lang()), ontology.getProperty(CREATED).getString());
            }
            if (ontology.hasProperty(LICENSE) && ontology.getProperty(LICENSE).getObject().isURIResource()) {
                String license = ontology.getProperty(LICENSE).getResource().getURI();
                h.open("tr").element("th", c.t("license")).open("td").link(license, license).close("td").close("tr");
            }
            h.close("table");
            h.element("h2", c.t("contents"));
            h.open("ul");
            toc(h, c.t("classes"), "classes", classes);
            toc(h, c.t("object.properties"), "object-properties", objectProperties);
            toc(h, c.t("datatype.properties"), "datatype-properties", datatypeProperties);
            toc(h, c.t("other.properties"), "other-properties", otherProperties);
            toc(h, c.t("concepts"), "concepts", concepts);
            h.close("ul");
            section(h, c.t("classes"), "classes", classes);
            section(h, c.t("object.properties"), "object-properties", objectProperties);
            section(h, c.t("datatype.properties"), "datatype-properties", datatypeProperties);
            section(h, c.t("other.properties"), "other-properties", otherProperties);
            section(h, c.t("concepts"), "concepts", concepts);
        });
    }

    /** The ontology's own terms of a kind, by label. */
    private List<Resource> terms(Resource kind) {
        List<Resource> terms = new ArrayList<>();
        for (Resource r : model.listSubjectsWithProperty(RDF.type, kind).toList()) {
            if (r.isURIResource() && r.getURI().startsWith(SCO.NS)) {
                terms.add(r);
            }
        }
        terms.sort(Comparator.comparing(r -> vocabulary.label(r.getURI(), c.lang()).toLowerCase(Locale.ROOT)));
        return terms;
    }

    private void toc(Html h, String title, String id, List<Resource> terms) {
        if (!terms.isEmpty()) {
            h.open("li").link("#" + id, title).text(" (" + terms.size() + ")").close("li");
        }
    }

    private void section(Html h, String title, String id, List<Resource> terms) {
        if (terms.isEmpty()) {
            return;
        }
        h.open("section", "id", id);
        h.element("h2", title);
        for (Resource term : terms) {
            term(h, term);
        }
        h.close("section");
    }

    private void term(Html h, Resource term) {
        String local = term.getURI().substring(SCO.NS.length());
        h.open("div", "class", "term", "id", local);
        h.open("h3").text(vocabulary.label(term.getURI(), c.lang()) + " ").element("code", "sco:" + local).close("h3");
        h.element("p", c.addresses().namespace().deployed(term.getURI()), "class", "iri");
        h.open("table");
        languages(h, c.t("labels"), term, List.of(RDFS.label, SKOS.prefLabel));
        languages(h, c.t("definition"), term, List.of(SKOS.definition));
        languages(h, c.t("comment"), term, List.of(RDFS.comment));
        languages(h, c.t("example"), term, List.of(SKOS.example));
        links(h, c.t("subclass.of"), term, RDFS.subClassOf);
        links(h, c.t("subproperty.of"), term, RDFS.subPropertyOf);
        links(h, c.t("domain"), term, RDFS.domain);
        links(h, c.t("range"), term, RDFS.range);
        links(h, c.t("in.scheme"), term, SKOS.inScheme);
        links(h, vocabulary.label(SKOS.notation.getURI(), c.lang()), term, SKOS.notation);
        for (Property alignment : ALIGNMENTS) {
            links(h, c.t("alignments") + ": " + model.shortForm(alignment.getURI()), term, alignment);
        }
        h.close("table");
        h.close("div");
    }

    /** All values of text properties, each with its language, the page's language first. */
    private void languages(Html h, String title, Resource term, List<Property> properties) {
        List<Statement> values = new ArrayList<>();
        properties.forEach(p -> values.addAll(term.listProperties(p).toList()));
        if (values.isEmpty()) {
            return;
        }
        values.sort(Comparator.comparing((Statement s) -> !s.getLanguage().equals(c.lang())).thenComparing(Statement::getLanguage));
        h.open("tr").element("th", title).open("td");
        boolean first = true;
        for (Statement s : values) {
            if (!first) {
                h.raw("<br>");
            }
            first = false;
            String lang = s.getLanguage().isEmpty() ? null : s.getLanguage();
            h.element("span", s.getObject().isLiteral() ? s.getString() : s.getObject().toString(), "lang", lang);
            if (lang != null) {
                h.element("span", "@" + lang, "class", "lit-lang");
            }
        }
        h.close("td").close("tr");
    }

    private void links(Html h, String title, Resource term, Property property) {
        List<Statement> values = term.listProperties(property).toList();
        if (values.isEmpty()) {
            return;
        }
        h.open("tr").element("th", title).open("td");
        boolean first = true;
        for (Statement s : values) {
            if (!first) {
                h.text(", ");
            }
            first = false;
            value(h, s.getObject());
        }
        h.close("td").close("tr");
    }

    /** A term: ours by anchor, others by their IRI under their prefixed name; class unions as "A or B". */
    private void value(Html h, RDFNode value) {
        if (value.isLiteral()) {
            h.text(value.asLiteral().getLexicalForm());
            return;
        }
        Resource r = value.asResource();
        if (r.isURIResource()) {
            String iri = r.getURI();
            if (iri.startsWith(SCO.NS)) {
                h.link("#" + iri.substring(SCO.NS.length()), vocabulary.label(iri, c.lang()), "title", iri);
            } else {
                String shortForm = model.shortForm(iri);
                h.link(iri, shortForm, "title", iri);
            }
            return;
        }
        Resource union = r.getPropertyResourceValue(OWL.unionOf);
        if (union != null && union.canAs(RDFList.class)) {
            boolean first = true;
            for (RDFNode member : union.as(RDFList.class).asJavaList()) {
                if (!first) {
                    h.text(" " + c.t("or") + " ");
                }
                first = false;
                value(h, member);
            }
            return;
        }
        Resource onDatatype = r.getPropertyResourceValue(OWL.onDatatype);
        if (onDatatype != null) {
            value(h, onDatatype);
            h.text(" (" + c.t("restricted") + ")");
            return;
        }
        h.text("…");
    }

    private static void row(Html h, String title, String value) {
        h.open("tr").element("th", title).open("td").element("code", value).close("td").close("tr");
    }
}
