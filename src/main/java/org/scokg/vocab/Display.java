package org.scokg.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** Terms of the display configuration ({@code ontology/display.ttl}), read by {@link FactKinds}. */
public final class Display {
    private Display() {}

    public static final String NS = SCO.DEFAULT_BASE + "def/sco/display#";

    private static Resource resource(String local) { return ResourceFactory.createResource(NS + local); }
    private static Property property(String local) { return ResourceFactory.createProperty(NS + local); }

    public static final Resource StatementKind = resource("StatementKind");

    public static final Property order = property("order");
    public static final Property pathSegment = property("pathSegment");
    public static final Property countName = property("countName");
    public static final Property section = property("section");
    public static final Property sectionOn = property("sectionOn");
    public static final Property viewpoint = property("viewpoint");
    public static final Property anchor = property("anchor");
    public static final Property summary = property("summary");
    public static final Property property = property("property");
    public static final Property word = property("word");
}
