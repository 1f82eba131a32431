package org.scokg.rdf;


import org.scokg.vocab.Vocab;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;

/** The prefixes every document the project writes declares, for the base its IRIs and its vocabulary live under. */
public final class Prefixes {
    private Prefixes() {}

    public static PrefixMapping standard(String base) {
        String b = base.endsWith("/") ? base : base + "/";
        return PrefixMapping.Factory.create()
                .setNsPrefix("sco", OntologyNamespace.under(b).uri())
                .setNsPrefix("rdf", RDF.getURI())
                .setNsPrefix("rdfs", RDFS.getURI())
                .setNsPrefix("owl", OWL.getURI())
                .setNsPrefix("xsd", XSD.getURI())
                .setNsPrefix("skos", SKOS.getURI())
                .setNsPrefix("prov", Vocab.PROV)
                .setNsPrefix("qudt", Vocab.QUDT)
                .setNsPrefix("unit", Vocab.UNIT)
                .setNsPrefix("wd", Vocab.WD)
                .setNsPrefix("article", b + "id/article/")
                .setNsPrefix("sentence", b + "id/sentence/")
                .setNsPrefix("state", b + "id/state/")
                .setNsPrefix("organisation", b + "id/org/")
                .setNsPrefix("place", b + "id/place/")
                .setNsPrefix("person", b + "id/person/")
                .setNsPrefix("meeting", b + "id/meeting/")
                .lock();
    }
}
