package org.scokg.server.html;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.scokg.server.ld.Messages;

/**
 * Names for the properties and classes a page shows, in both languages: the ontology's labels for its
 * own terms, and for the standard terms the graph uses (which their vocabularies label in English
 * only, if at all) the site's messages ({@code term.rdfs.label}).
 */
public final class Vocabulary {
    private final Model ontology;
    private final PrefixMapping prefixes;

    /** @param prefixes the documents' prefixes, which name the standard terms' messages */
    public Vocabulary(Model ontology, PrefixMapping prefixes) {
        this.ontology = ontology;
        this.prefixes = prefixes;
    }

    public Model ontology() {
        return ontology;
    }

    /** The name of a term in a language; its local name when nobody labels it. */
    public String label(String iri, String lang) {
        Optional<String> standard = Messages.find("term." + prefixes.shortForm(iri).replace(':', '.'), lang);
        if (standard.isPresent()) {
            return standard.get();
        }
        Resource term = ontology.createResource(iri);
        String label = Labels.literalIn(ontology, term, List.of(SKOS.prefLabel, RDFS.label), lang);
        return label != null ? label : Labels.localName(iri);
    }

    /** Whether the ontology declares the term an object property (its values are resources). */
    public boolean isObjectProperty(String iri) {
        return ontology.contains(ontology.createResource(iri), RDF.type, OWL.ObjectProperty);
    }

    public Map<String, String> labelsOf(String iri) {
        Map<String, String> labels = new HashMap<>();
        for (Statement s : ontology.listStatements(ontology.createResource(iri), RDFS.label, (RDFNode) null).toList()) {
            labels.put(s.getLanguage(), s.getString());
        }
        return labels;
    }
}
