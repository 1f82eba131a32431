package org.scokg.wikidata.export;

import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDFS;
import org.scokg.wikidata.model.Wikidata;
import org.scokg.wikidata.snapshot.Snapshot;

/**
 * Statements in Wikibase's RDF model: {@code wd:Q p:P [ ps:P value; pq:... ; prov:wasDerivedFrom
 * [ pr:... ] ]}, time qualifiers with their full value ({@code pqv:} with timeValue and precision).
 * Statement and reference nodes are blank: their identifiers are Wikidata's to give. The edit
 * summary becomes the statement node's {@code rdfs:comment}.
 */
public final class WikibaseRdfWriter {
    private static final String PROV = "http://www.w3.org/ns/prov#";

    private WikibaseRdfWriter() {}

    public static Model model(List<ExportStatement> statements) {
        Model m = Snapshot.newModel();
        m.setNsPrefix("pr", Wikidata.REFERENCE);
        m.setNsPrefix("prov", PROV);
        m.setNsPrefix("rdfs", RDFS.getURI());
        for (ExportStatement s : statements) {
            Resource node = m.createResource();
            m.createResource(Wikidata.ENTITY + s.item()).addProperty(m.createProperty(Wikidata.STATEMENT_OF + s.property()), node);
            node.addProperty(m.createProperty(Wikidata.STATEMENT_VALUE + s.property()), m.createResource(Wikidata.ENTITY + s.value()));
            node.addProperty(RDFS.comment, s.summary());
            for (Snak q : s.qualifiers()) {
                node.addProperty(m.createProperty(Wikidata.QUALIFIER + q.property()), value(m, q.value()));
                if (q.value() instanceof Snak.Time t) {
                    node.addProperty(m.createProperty(Wikidata.QUALIFIER_VALUE + q.property()), m.createResource()
                            .addProperty(m.createProperty(Wikidata.WIKIBASE + "timeValue"), value(m, t))
                            .addLiteral(m.createProperty(Wikidata.WIKIBASE + "timePrecision"), t.time().precision()));
                }
            }
            Resource reference = m.createResource();
            node.addProperty(m.createProperty(PROV + "wasDerivedFrom"), reference);
            for (Snak r : s.reference()) {
                reference.addProperty(m.createProperty(Wikidata.REFERENCE + r.property()), value(m, r.value()));
            }
        }
        return m;
    }

    private static RDFNode value(Model m, Snak.Value value) {
        if (value instanceof Snak.Item i) {
            return m.createResource(Wikidata.ENTITY + i.qid());
        } else if (value instanceof Snak.Url u) {
            return m.createResource(u.url());
        } else if (value instanceof Snak.Monolingual t) {
            return m.createLiteral(t.text(), t.language());
        }
        return m.createTypedLiteral(((Snak.Time) value).time().dateTime(), XSDDatatype.XSDdateTime);
    }
}
