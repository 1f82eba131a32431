package org.scokg.server;

import java.nio.file.Path;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.query.Dataset;
import org.scokg.rdf.Iris;
import org.scokg.server.endpoint.AdminUpdate;
import org.scokg.server.endpoint.FusekiUiModule;
import org.scokg.server.endpoint.PublicEndpointModule;
import org.scokg.server.endpoint.QueryLimits;
import org.scokg.server.ld.LinkedDataSettings;
import org.scokg.store.KnowledgeStore;

/**
 * Fuseki over the knowledge store: dataset {@code /sco}, read-only ({@code /sco/sparql},
 * {@code /sco/query}, {@code /sco/get}), the union of the named graphs as default graph, queries
 * bounded in time and result size with SERVICE off ({@link PublicEndpointModule}), the linked-data
 * front end ({@link LinkedDataModule}: every IRI under {@code /id/} dereferences, home page at
 * {@code /}) and the Fuseki UI's query pages ({@code /?ui#/dataset/sco/query}), with none of
 * Fuseki's admin or validator endpoints.
 */
public final class ScoServer {
    public static final String DATASET = "/sco";

    private ScoServer() {}

    public static FusekiServer build(Dataset dataset, int port, Iris iris) {
        return build(dataset, port, LinkedDataSettings.forBase(iris.base()));
    }

    public static FusekiServer build(Dataset dataset, int port, LinkedDataSettings settings) {
        return build(dataset, port, settings, QueryLimits.fromSystemProperties());
    }

    public static FusekiServer build(Dataset dataset, int port, LinkedDataSettings settings, QueryLimits limits) {
        return builder(dataset, port, settings, limits).build();
    }

    /** As {@link #build}, with {@code /sco/update} for the users of the password file ({@link AdminUpdate}). */
    public static FusekiServer buildWithAdminUpdate(Dataset dataset, int port, LinkedDataSettings settings, QueryLimits limits,
            Path adminPasswordFile) {
        return AdminUpdate.enable(builder(dataset, port, settings, limits), DATASET, adminPasswordFile).build();
    }

    private static FusekiServer.Builder builder(Dataset dataset, int port, LinkedDataSettings settings, QueryLimits limits) {
        KnowledgeStore.configure(dataset.asDatasetGraph());
        return FusekiServer.create()
                .port(port)
                // The modules are named, so ServiceLoader-found ones are not added a second time.
                .fusekiModules(FusekiModules.create(new LinkedDataModule(settings), new PublicEndpointModule(limits), new FusekiUiModule()))
                .add(DATASET, dataset, false);
    }
}
