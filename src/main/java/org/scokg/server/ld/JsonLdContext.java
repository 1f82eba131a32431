package org.scokg.server.ld;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;
import org.scokg.rdf.OntologyNamespace;
import org.scokg.vocab.SCO;
import org.scokg.vocab.Vocab;

/**
 * The JSON-LD {@code @context} published at {@code /context.jsonld} and named by every JSON-LD
 * document: the prefixes, a short term
 * for every class and property of the ontology (object properties taking IRIs, integer and decimal
 * properties their datatype), and language maps for texts, so that a program reads
 * {@code label.id} for the Indonesian name. {@code @id} and {@code @type} keep their names: an alias
 * {@code id} would read like the language tag of Indonesian inside those maps.
 */
public final class JsonLdContext {
    /** Properties whose values are texts in several languages. */
    private static final Set<String> LANGUAGE_MAPS = Set.of(RDFS.label.getURI(), RDFS.comment.getURI(),
            SKOS.prefLabel.getURI(), SKOS.altLabel.getURI(), SKOS.definition.getURI(), SKOS.note.getURI(),
            SCO.text.getURI(), SCO.topic.getURI(), SCO.body.getURI(), SCO.relatedHeadline.getURI());

    private JsonLdContext() {}

    /**
     * @param ontology  the ontology, its terms named as the code names them ({@link SCO})
     * @param namespace the namespace the documents name them in: every IRI of the context is moved there
     */
    public static JsonObject build(Model ontology, Map<String, String> prefixes, OntologyNamespace namespace) {
        Map<String, JsonObject> terms = new TreeMap<>();
        JsonObjectBuilder context = Json.createObjectBuilder();
        prefixes.forEach((prefix, ns) -> {
            // "unit" is the QUDT property's term; unit IRIs are written in full.
            if (!prefix.isEmpty() && !prefix.equals("unit")) {
                context.add(prefix, namespace.deployed(ns));
            }
        });
        for (Resource term : ontology.listSubjects().toList()) {
            if (!term.isURIResource() || !term.getURI().startsWith(SCO.NS)) {
                continue;
            }
            String name = term.getURI().substring(SCO.NS.length());
            if (name.isEmpty()) {
                continue;
            }
            if (ontology.contains(term, RDF.type, OWL.Class) || ontology.contains(term, RDF.type, RDFS.Class)
                    || ontology.contains(term, RDF.type, SKOS.Concept)) {
                terms.put(name, Json.createObjectBuilder().add("@id", namespace.deployed(term.getURI())).build());
            } else if (ontology.contains(term, RDF.type, RDF.Property) || ontology.contains(term, RDF.type, OWL.ObjectProperty)
                    || ontology.contains(term, RDF.type, OWL.DatatypeProperty)) {
                terms.put(name, property(ontology, term, namespace));
            }
        }
        standard(terms, "label", RDFS.label.getURI(), null);
        standard(terms, "comment", RDFS.comment.getURI(), null);
        standard(terms, "seeAlso", RDFS.seeAlso.getURI(), "@id");
        standard(terms, "isDefinedBy", RDFS.isDefinedBy.getURI(), "@id");
        standard(terms, "sameAs", OWL.sameAs.getURI(), "@id");
        standard(terms, "prefLabel", SKOS.prefLabel.getURI(), null);
        standard(terms, "altLabel", SKOS.altLabel.getURI(), null);
        standard(terms, "definition", SKOS.definition.getURI(), null);
        standard(terms, "note", SKOS.note.getURI(), null);
        standard(terms, "inScheme", SKOS.inScheme.getURI(), "@id");
        standard(terms, "wasDerivedFrom", Vocab.wasDerivedFrom.getURI(), "@id");
        standard(terms, "numericValue", Vocab.numericValue.getURI(), XSD.decimal.getURI());
        standard(terms, "unit", Vocab.unit.getURI(), "@id");
        standard(terms, "primaryTopic", LinkedDataVocab.primaryTopic.getURI(), "@id");
        standard(terms, "inDataset", LinkedDataVocab.inDataset.getURI(), "@id");
        standard(terms, "next", LinkedDataVocab.next.getURI(), "@id");
        standard(terms, "prev", LinkedDataVocab.prev.getURI(), "@id");
        standard(terms, "Document", LinkedDataVocab.Document.getURI(), null);
        terms.forEach(context::add);
        return Json.createObjectBuilder().add("@context", context).build();
    }

    private static JsonObject property(Model ontology, Resource property, OntologyNamespace namespace) {
        JsonObjectBuilder term = Json.createObjectBuilder().add("@id", namespace.deployed(property.getURI()));
        if (LANGUAGE_MAPS.contains(property.getURI())) {
            term.add("@container", "@language");
        } else if (ontology.contains(property, RDF.type, OWL.ObjectProperty)) {
            term.add("@type", "@id");
        } else {
            RDFNode range = ontology.getProperty(property, RDFS.range) == null ? null : ontology.getProperty(property, RDFS.range).getObject();
            if (range != null && range.isURIResource()
                    && (range.asResource().equals(XSD.integer) || range.asResource().equals(XSD.decimal))) {
                term.add("@type", range.asResource().getURI());
            }
        }
        return term.build();
    }

    private static void standard(Map<String, JsonObject> terms, String name, String iri, String type) {
        JsonObjectBuilder term = Json.createObjectBuilder().add("@id", iri);
        if (LANGUAGE_MAPS.contains(iri)) {
            term.add("@container", "@language");
        } else if (type != null) {
            term.add("@type", type);
        }
        terms.putIfAbsent(name, term.build());
    }
}
