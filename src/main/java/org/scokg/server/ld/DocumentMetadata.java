package org.scokg.server.ld;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * What an RDF document says about itself, so a program that only reads triples finds its way:
 * the document is about the resource ({@code foaf:primaryTopic}), belongs to the dataset described
 * at {@code /.well-known/void}, and links to its next and previous pages; an IRI that names a graph
 * points to that graph's contents through the Graph Store Protocol.
 */
public final class DocumentMetadata {
    private DocumentMetadata() {}

    public static void add(Model model, Addresses addresses, ResourceDescriber.Description description,
            String pageUrlPrefix, boolean graphName) {
        Resource document = model.createResource(pageUrl(pageUrlPrefix, description.page()));
        Resource topic = model.createResource(description.iri());
        document.addProperty(RDF.type, LinkedDataVocab.Document)
                .addProperty(LinkedDataVocab.primaryTopic, topic)
                .addProperty(LinkedDataVocab.inDataset, model.createResource(addresses.voidDataset()));
        if (description.hasNext()) {
            document.addProperty(LinkedDataVocab.next, model.createResource(pageUrl(pageUrlPrefix, description.page() + 1)));
        }
        if (description.page() > 1) {
            document.addProperty(LinkedDataVocab.prev, model.createResource(pageUrl(pageUrlPrefix, description.page() - 1)));
        }
        if (graphName && description.page() == 1) {
            topic.addProperty(RDFS.seeAlso, model.createResource(addresses.graphStore(description.iri())));
        }
    }

    /** The URL of a page of a document: the document itself for the first. */
    public static String pageUrl(String documentUrl, int page) {
        return page == 1 ? documentUrl : documentUrl + "?page=" + page;
    }
}
