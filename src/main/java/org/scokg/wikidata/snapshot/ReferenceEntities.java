package org.scokg.wikidata.snapshot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.scokg.vocab.SCO;
import org.scokg.wikidata.model.Wikidata;

/** The QIDs of the gazetteer ({@code data/reference/*.ttl}): states, organisations and people. */
public record ReferenceEntities(Set<String> states, Set<String> organisations, Set<String> people) {
    public static final Path DEFAULT = Path.of("data/reference");

    public static ReferenceEntities load(Path directory) {
        Model model = ModelFactory.createDefaultModel();
        try (Stream<Path> files = Files.list(directory)) {
            files.filter(f -> f.toString().endsWith(".ttl")).sorted().forEach(f -> RDFDataMgr.read(model, f.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the gazetteer in " + directory + ": " + e.getMessage(), e);
        }
        return new ReferenceEntities(qids(model, SCO.State), qids(model, SCO.Organisation), qids(model, SCO.Person));
    }

    private static Set<String> qids(Model model, Resource type) {
        Set<String> qids = new TreeSet<>();
        model.listResourcesWithProperty(RDF.type, type).forEachRemaining(r -> r.listProperties(OWL.sameAs)
                .forEachRemaining(s -> {
                    String qid = s.getObject().isURIResource() ? Wikidata.qid(s.getResource().getURI()) : null;
                    if (qid != null) {
                        qids.add(qid);
                    }
                }));
        return qids;
    }

    /** Every QID: the entities a snapshot covers. */
    public Set<String> all() {
        Set<String> all = new TreeSet<>(states);
        all.addAll(organisations);
        all.addAll(people);
        return all;
    }
}
