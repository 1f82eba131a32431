package org.scokg.server.html;

import java.util.HashMap;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.scokg.server.ld.LinkedDataVocab;
import org.scokg.vocab.Vocab;

/**
 * Names for the properties and classes a page shows, in both languages: the ontology's labels for its
 * own terms, and a few of our own for the standard terms the graph uses (which their vocabularies
 * label in English only, if at all).
 */
public final class Vocabulary {
    private static final Map<String, String[]> STANDARD = new HashMap<>();

    static {
        standard(RDF.type.getURI(), "type", "jenis");
        standard(RDFS.label.getURI(), "label", "label");
        standard(RDFS.comment.getURI(), "comment", "komentar");
        standard(RDFS.seeAlso.getURI(), "see also", "lihat juga");
        standard(RDFS.isDefinedBy.getURI(), "defined by", "didefinisikan oleh");
        standard(OWL.sameAs.getURI(), "same as", "sama dengan");
        standard(SKOS.prefLabel.getURI(), "preferred label", "label utama");
        standard(SKOS.altLabel.getURI(), "also known as", "dikenal juga sebagai");
        standard(SKOS.note.getURI(), "note", "catatan");
        standard(SKOS.definition.getURI(), "definition", "definisi");
        standard(SKOS.notation.getURI(), "notation", "notasi");
        standard(SKOS.inScheme.getURI(), "in scheme", "dalam skema");
        standard(Vocab.wasDerivedFrom.getURI(), "derived from", "diturunkan dari");
        standard(Vocab.numericValue.getURI(), "numeric value", "nilai angka");
        standard(Vocab.unit.getURI(), "unit", "satuan");
        standard(LinkedDataVocab.primaryTopic.getURI(), "about", "tentang");
        standard(LinkedDataVocab.inDataset.getURI(), "in dataset", "dalam dataset");
    }

    private static void standard(String iri, String en, String id) {
        STANDARD.put(iri, new String[] {en, id});
    }

    private final Model ontology;

    public Vocabulary(Model ontology) {
        this.ontology = ontology;
    }

    public static Vocabulary empty() {
        return new Vocabulary(ModelFactory.createDefaultModel());
    }

    public Model ontology() {
        return ontology;
    }

    /** The name of a term in a language; its local name when nobody labels it. */
    public String label(String iri, String lang) {
        String[] standard = STANDARD.get(iri);
        if (standard != null) {
            return "id".equals(lang) ? standard[1] : standard[0];
        }
        Resource term = ontology.createResource(iri);
        String label = Labels.literalIn(ontology, term, java.util.List.of(SKOS.prefLabel, RDFS.label), lang);
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
