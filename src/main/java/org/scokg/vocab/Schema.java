package org.scokg.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The terms of schema.org the graph uses for where and when an article was published. */
public final class Schema {
    private Schema() {}

    public static final String NS = "https://schema.org/";

    public static final Resource Organization = ResourceFactory.createResource(NS + "Organization");

    public static final Property url = ResourceFactory.createProperty(NS + "url");
    public static final Property headline = ResourceFactory.createProperty(NS + "headline");
    public static final Property publisher = ResourceFactory.createProperty(NS + "publisher");
    public static final Property name = ResourceFactory.createProperty(NS + "name");
    public static final Property datePublished = ResourceFactory.createProperty(NS + "datePublished");
    public static final Property inLanguage = ResourceFactory.createProperty(NS + "inLanguage");
}
