package org.scokg.server.html;

import java.util.List;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.scokg.server.http.LanguageNegotiation;
import org.scokg.vocab.SCO;

/**
 * The name to show for a resource in a language: its label in that language, else a label without
 * a language, else in the other language, else what the data offers in place of a label (a mention's
 * text as written, a sentence's text), else the last segment of its IRI.
 */
public final class Labels {
    private static final List<Property> LABEL_PROPERTIES = List.of(SKOS.prefLabel, RDFS.label);

    private Labels() {}

    public static String of(Model model, String iri, String lang) {
        return of(model, model.createResource(iri), lang);
    }

    public static String of(Model model, Resource resource, String lang) {
        String label = literalIn(model, resource, LABEL_PROPERTIES, lang);
        if (label != null) {
            return label;
        }
        if (!resource.isURIResource()) {
            return "…";
        }
        Resource r = model.createResource(resource.getURI());
        if (r.hasProperty(SCO.surfaceForm)) {
            return "“" + r.getProperty(SCO.surfaceForm).getString() + "”";
        }
        if (r.hasProperty(SCO.text)) {
            return shorten(r.getProperty(SCO.text).getString(), 90);
        }
        return localName(resource.getURI());
    }

    /** The value of the first property that has one, in the language asked for first. */
    public static String literalIn(Model model, Resource resource, List<Property> properties, String lang) {
        String any = null;
        String plain = null;
        for (Property property : properties) {
            for (RDFNode node : model.listObjectsOfProperty(resource, property).toList()) {
                if (!node.isLiteral()) {
                    continue;
                }
                Literal literal = node.asLiteral();
                String tag = literal.getLanguage();
                if (tag.equalsIgnoreCase(lang) || tag.toLowerCase().startsWith(lang + "-")) {
                    return literal.getLexicalForm();
                }
                if (tag.isEmpty() && plain == null) {
                    plain = literal.getLexicalForm();
                }
                if (any == null || tag.equals(LanguageNegotiation.FALLBACK)) {
                    any = literal.getLexicalForm();
                }
            }
            if (plain != null) {
                return plain;
            }
        }
        return any;
    }

    public static String localName(String iri) {
        int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        String tail = cut >= 0 && cut < iri.length() - 1 ? iri.substring(cut + 1) : iri;
        return tail;
    }

    public static String shorten(String text, int max) {
        String flat = text.replaceAll("\\s+", " ").trim();
        return flat.length() <= max ? flat : flat.substring(0, max - 1).replaceAll("\\s+\\S*$", "") + "…";
    }
}
