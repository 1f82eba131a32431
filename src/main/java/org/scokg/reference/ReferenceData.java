package org.scokg.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;

/** The gazetteer's RDF: {@code data/reference/*.ttl}, packaged into the jar under {@code reference/}. */
public final class ReferenceData {
    public static final List<String> FILES = List.of("states.ttl", "organisations.ttl", "places.ttl", "people.ttl", "sco-memberships.ttl");

    private ReferenceData() {}

    public static Model load() {
        Model model = ModelFactory.createDefaultModel();
        for (String file : FILES) {
            try (InputStream in = ReferenceData.class.getResourceAsStream("/reference/" + file)) {
                if (in == null) {
                    throw new IllegalStateException("reference data reference/" + file + " is missing from the build");
                }
                RDFParser.create().source(in).lang(Lang.TURTLE).parse(model);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return model;
    }
}
