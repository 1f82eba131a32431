package org.scokg.rdf;

import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/** Which classes and properties a written graph uses that {@code ontology/sco.ttl} does not declare. */
public final class DeclaredTerms {
    static final Model ONTOLOGY = RDFDataMgr.loadModel("ontology/sco.ttl");
    private static final Set<Resource> CLASS_TYPES = Set.of(OWL.Class, RDFS.Class);
    private static final Set<Resource> PROPERTY_TYPES = Set.of(RDF.Property, OWL.ObjectProperty, OWL.DatatypeProperty,
            OWL.AnnotationProperty, OWL.FunctionalProperty);

    private DeclaredTerms() {}

    /** The undeclared terms of {@code model}, each as "class IRI" or "property IRI". */
    public static Set<String> undeclared(Model model) {
        Set<String> missing = new TreeSet<>();
        for (Statement s : model.listStatements().toList()) {
            if (s.getPredicate().equals(RDF.type)) {
                if (s.getObject().isURIResource() && !declaredAs(s.getResource(), CLASS_TYPES)) {
                    missing.add("class " + s.getResource().getURI());
                }
            } else if (!declaredAs(s.getPredicate(), PROPERTY_TYPES)) {
                missing.add("property " + s.getPredicate().getURI());
            }
        }
        return missing;
    }

    private static boolean declaredAs(Resource term, Set<Resource> types) {
        return types.stream().anyMatch(t -> ONTOLOGY.contains(term, RDF.type, t));
    }
}
