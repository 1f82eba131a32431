package org.scokg.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The few terms of PROV-O and QUDT the graph uses. */
public final class Vocab {
    private Vocab() {}

    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String QUDT = "http://qudt.org/schema/qudt/";
    public static final String UNIT = "http://qudt.org/vocab/unit/";
    public static final String WD = "http://www.wikidata.org/entity/";

    public static final Property wasDerivedFrom = ResourceFactory.createProperty(PROV + "wasDerivedFrom");
    public static final Property numericValue = ResourceFactory.createProperty(QUDT + "numericValue");
    public static final Property unit = ResourceFactory.createProperty(QUDT + "unit");
    public static final Resource QuantityValue = ResourceFactory.createResource(QUDT + "QuantityValue");
}
