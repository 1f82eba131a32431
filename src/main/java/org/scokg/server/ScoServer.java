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
 * timeout, the linked-data front end ({@link LinkedDataModule}: every IRI under {@code /id/}
 * dereferences, home page at {@code /}) and the Fuseki UI ({@code /?ui#/dataset/sco/query}).
 */
public final class ScoServer {
    public static final String DATASET = "/sco";

    private ScoServer() {}

    public static FusekiServer build(Dataset dataset, int port, Iris iris) {
        return build(dataset, port, LinkedDataSettings.forBase(iris.base()));
    }

    public static FusekiServer build(Dataset dataset, int port, LinkedDataSettings settings) {
        KnowledgeStore.configure(dataset.asDatasetGraph());
        return FusekiServer.create()
                .port(port)
                // The modules are named, so ServiceLoader-found ones are not added a second time.
                .fusekiModules(FusekiModules.create(new LinkedDataModule(settings), new SparqlUiSupport(), FMod_UI.create()))
                .add(DATASET, dataset, false)
                .build();
    }
}
