package org.scokg.wikidata.snapshot;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.DCTerms;
import org.scokg.wikidata.model.Wikidata;

/**
 * Takes a new snapshot from a query service: the membership statements (the properties the status
 * models name: member of (P463), official observer status in organization (P10624)) of the
 * gazetteer's states and organisations toward its organisations, the positions of its states' heads of
 * state and government (P1906, P1313), and the positions held (P39) of its people, in batches of items
 * per query; then writes it, dated, over the old one.
 */
public final class SnapshotRefresh {
    private final QueryServiceClient client;
    private final String endpoint;
    private final int batchSize;

    public SnapshotRefresh(QueryServiceClient client, String endpoint, int batchSize) {
        this.client = client;
        this.endpoint = endpoint;
        this.batchSize = batchSize;
    }

    /**
     * The snapshot of the entities, described as taken on {@code day}: their statements of each of
     * {@code membershipProperties} toward the gazetteer's organisations, and the people's P39.
     */
    public Model take(ReferenceEntities entities, Collection<String> membershipProperties, LocalDate day)
            throws IOException, InterruptedException {
        Model model = Snapshot.newModel();
        Set<String> members = new TreeSet<>(entities.states());
        members.addAll(entities.organisations());
        for (String property : membershipProperties) {
            fetch(model, property, new ArrayList<>(members), new TreeSet<>(entities.organisations()));
        }
        List<String> states = new ArrayList<>(new TreeSet<>(entities.states()));
        for (String property : List.of(Wikidata.OFFICE_OF_HEAD_OF_STATE, Wikidata.OFFICE_OF_HEAD_OF_GOVERNMENT)) {
            fetch(model, property, states, Set.of());
        }
        fetch(model, Wikidata.POSITION_HELD, new ArrayList<>(new TreeSet<>(entities.people())), Set.of());
        Resource self = model.createResource(Snapshot.SELF)
                .addProperty(DCTerms.modified, model.createTypedLiteral(day.toString(), XSDDatatype.XSDdate))
                .addProperty(DCTerms.source, model.createResource(endpoint))
                .addProperty(DCTerms.description, "Wikidata statements the sco-kg graph touches: "
                        + String.join(", ", membershipProperties) + " of the gazetteer's states and organisations "
                        + "toward its organisations, the positions of the states' heads of state and government (P1906, "
                        + "P1313), position held (P39) of its people; taken by sco wikidata refresh.");
        entities.all().forEach(q -> self.addProperty(DCTerms.subject, model.createResource(Wikidata.ENTITY + q)));
        return model;
    }

    private void fetch(Model into, String property, List<String> items, Set<String> values)
            throws IOException, InterruptedException {
        for (int from = 0; from < items.size(); from += batchSize) {
            List<String> batch = items.subList(from, Math.min(items.size(), from + batchSize));
            String turtle = client.construct(StatementQuery.of(property, batch, values));
            RDFParser.create().source(new StringReader(turtle)).lang(Lang.TURTLE).parse(into);
        }
    }

    /** Writes the snapshot as Turtle under a header comment saying when and where it was taken. */
    public static void write(Model snapshot, Path file, LocalDate day, String source) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            out.write(("# Wikidata snapshot for sco-kg, taken " + day + " from " + source + "\n"
                    + "# by `sco wikidata refresh`; do not edit by hand: take a new one.\n")
                    .getBytes(StandardCharsets.UTF_8));
            RDFDataMgr.write(out, snapshot, Lang.TURTLE);
        }
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
