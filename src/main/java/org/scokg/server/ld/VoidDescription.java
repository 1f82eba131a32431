package org.scokg.server.ld;

import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.scokg.vocab.Vocab;

/**
 * The VoID description of the dataset, served at {@code /.well-known/void} (RFC 5785, as the VoID note
 * asks): where its IRIs live and how to query it, its size, triples per class, per property and per
 * named graph (each article's graph is named by the article; the first {@value #GRAPH_LIMIT}, so that
 * the description stays a readable size), the dump of the whole dataset, and the linkset of its
 * {@code owl:sameAs} links to Wikidata.
 */
public final class VoidDescription {
    private VoidDescription() {}

    /** Named graphs listed one by one, at most: past that the sitemap and the dump are the way to every article. */
    static final int GRAPH_LIMIT = 5_000;

    public static Model build(LinkedDataSite site, Addresses addresses, DatasetStatistics stats) {
        Model m = site.newModel(addresses);
        Resource dataset = m.createResource(addresses.voidDataset());
        m.createResource(addresses.voidDocument())
                .addProperty(RDF.type, LinkedDataVocab.DatasetDescription)
                .addProperty(LinkedDataVocab.title, "Description of the SCO knowledge graph", "en")
                .addProperty(LinkedDataVocab.primaryTopic, dataset);
        dataset.addProperty(RDF.type, LinkedDataVocab.Dataset)
                .addProperty(LinkedDataVocab.title, Messages.get("site", "en"), "en")
                .addProperty(LinkedDataVocab.title, Messages.get("site", "id"), "id")
                .addProperty(LinkedDataVocab.description, Messages.get("site.tagline", "en"), "en")
                .addProperty(LinkedDataVocab.description, Messages.get("site.tagline", "id"), "id")
                .addProperty(LinkedDataVocab.homepage, m.createResource(addresses.home()))
                .addProperty(LinkedDataVocab.sparqlEndpoint, m.createResource(addresses.sparqlEndpoint()))
                .addProperty(LinkedDataVocab.dataDump, m.createResource(addresses.dump()))
                .addProperty(LinkedDataVocab.uriSpace, addresses.idSpace())
                .addProperty(LinkedDataVocab.vocabulary, m.createResource(addresses.namespace().ontologyIri()))
                .addProperty(LinkedDataVocab.vocabulary, m.createResource(Vocab.PROV))
                .addProperty(LinkedDataVocab.vocabulary, m.createResource("http://www.w3.org/2004/02/skos/core#"))
                .addProperty(LinkedDataVocab.vocabulary, m.createResource(Vocab.QUDT));
        for (String format : new String[] {"Turtle", "JSON-LD", "RDF_XML", "N-Triples", "N-Quads", "TriG"}) {
            dataset.addProperty(LinkedDataVocab.feature, m.createResource(LinkedDataVocab.FORMATS + format));
        }
        String sco = addresses.iri("org/sco");
        if (site.describer().holds(sco)) {
            dataset.addProperty(LinkedDataVocab.rootResource, m.createResource(sco));
            dataset.addProperty(LinkedDataVocab.exampleResource, m.createResource(sco));
        }
        String china = addresses.iri("state/cn");
        if (site.describer().holds(china)) {
            dataset.addProperty(LinkedDataVocab.exampleResource, m.createResource(china));
        }
        dataset.addLiteral(LinkedDataVocab.triples, stats.triples())
                .addLiteral(LinkedDataVocab.entities, stats.entities())
                .addLiteral(LinkedDataVocab.distinctSubjects, stats.distinctSubjects())
                .addLiteral(LinkedDataVocab.distinctObjects, stats.distinctObjects())
                .addLiteral(LinkedDataVocab.classes, (long) stats.classes().size())
                .addLiteral(LinkedDataVocab.properties, (long) stats.properties().size())
                .addLiteral(LinkedDataVocab.documents, stats.articles());
        for (Map.Entry<String, long[]> c : stats.classes().entrySet()) {
            dataset.addProperty(LinkedDataVocab.classPartition, m.createResource()
                    .addProperty(LinkedDataVocab.voidClass, m.createResource(c.getKey()))
                    .addLiteral(LinkedDataVocab.entities, c.getValue()[0])
                    .addLiteral(LinkedDataVocab.triples, c.getValue()[1]));
        }
        for (Map.Entry<String, Long> p : stats.properties().entrySet()) {
            dataset.addProperty(LinkedDataVocab.propertyPartition, m.createResource()
                    .addProperty(LinkedDataVocab.voidProperty, m.createResource(p.getKey()))
                    .addLiteral(LinkedDataVocab.triples, p.getValue().longValue()));
        }
        for (Map.Entry<String, Long> g : stats.graphs().entrySet().stream().limit(GRAPH_LIMIT).toList()) {
            dataset.addProperty(LinkedDataVocab.subset, m.createResource()
                    .addProperty(RDF.type, LinkedDataVocab.Dataset)
                    .addProperty(LinkedDataVocab.name, m.createResource(g.getKey()))
                    .addLiteral(LinkedDataVocab.triples, g.getValue().longValue()));
        }
        Resource wikidata = m.createResource(addresses.voidDocument() + "#wikidata")
                .addProperty(RDF.type, LinkedDataVocab.Dataset)
                .addProperty(LinkedDataVocab.title, "Wikidata")
                .addProperty(LinkedDataVocab.homepage, m.createResource("https://www.wikidata.org/"))
                .addProperty(LinkedDataVocab.uriSpace, Vocab.WD)
                .addProperty(LinkedDataVocab.sparqlEndpoint, m.createResource("https://query.wikidata.org/sparql"));
        Resource linkset = m.createResource(addresses.voidDocument() + "#wikidata-links")
                .addProperty(RDF.type, LinkedDataVocab.Linkset)
                .addProperty(LinkedDataVocab.title, Messages.get("linkset", "en"), "en")
                .addProperty(LinkedDataVocab.linkPredicate, OWL.sameAs)
                .addProperty(LinkedDataVocab.subjectsTarget, dataset)
                .addProperty(LinkedDataVocab.objectsTarget, wikidata)
                .addProperty(LinkedDataVocab.target, dataset)
                .addProperty(LinkedDataVocab.target, wikidata)
                .addLiteral(LinkedDataVocab.triples, stats.wikidataLinks());
        dataset.addProperty(LinkedDataVocab.subset, linkset);
        return m;
    }
}
