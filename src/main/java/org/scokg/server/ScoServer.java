package org.scokg.server;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.mod.ui.FMod_UI;
import org.apache.jena.query.Dataset;
import org.scokg.rdf.Iris;
import org.scokg.store.KnowledgeStore;

/**
 * Fuseki over the knowledge store: dataset {@code /sco}, read-only ({@code /sco/sparql},
 * {@code /sco/query}, {@code /sco/get}), the union of the named graphs as default graph, a query
 * timeout, and the Fuseki UI.
 */
public final class ScoServer {
    public static final String DATASET = "/sco";

    private ScoServer() {}

    public static FusekiServer build(Dataset dataset, int port, Iris iris) {
        KnowledgeStore.configure(dataset.asDatasetGraph());
        return FusekiServer.create()
                .port(port)
                .fusekiModules(FusekiModules.create(FMod_UI.create()))
                .enableCors(true)
                .add(DATASET, dataset, false)
                .build();
    }
}
