package org.scokg.server.endpoint;

import java.util.Set;
import org.apache.jena.atlas.json.JsonBuilder;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.ctl.ActionContainerItem;
import org.apache.jena.fuseki.ctl.ActionCtl;
import org.apache.jena.fuseki.ctl.JsonDescription;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.server.ServerConst;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.web.HttpNames;
import org.eclipse.jetty.util.resource.Resource;
import org.eclipse.jetty.util.resource.ResourceFactory;

/**
 * The Fuseki UI's files ({@code /?ui#/dataset/sco/query}) and the read-only addresses its query page
 * calls, GET only, each with no more than the UI reads:
 * <ul>
 * <li>{@code /$/server}: the datasets and their services ({@code ds.name}, {@code ds.services} with
 *     {@code srv.type} and {@code srv.endpoints}), from which the query page takes its endpoint. Not
 *     Fuseki's version, start time or uptime: only the UI's dataset list shows them (its badge then
 *     reads "Version undefined. Uptime NaNm NaNs"), and they tell an attacker which release to aim at and when the server was
 *     restarted.</li>
 * <li>{@code /$/stats/*}: the query page loads it with the dataset and shows an error when it fails,
 *     but reads nothing in it; the dataset's info page lists its endpoints. Served: each dataset's
 *     endpoints with their operation and description, and none of Fuseki's request counters, which
 *     are the site's traffic.</li>
 * <li>{@code /$/ping}, the UI's server-status light: it answers with the time, which the
 *     {@code Date} header of every response gives anyway.</li>
 * </ul>
 *
 * <p>Used instead of Fuseki's {@code FMod_UI}, which also puts the validators under
 * {@code /$/validate/*} (the IRI validator echoes its input into an HTML page: a reflected XSS on the
 * site's origin) and needs the admin module's server control, with it the endpoints that create,
 * delete, back up and compact datasets. Nothing here echoes input or changes anything.
 */
public final class FusekiUiModule implements FusekiModule {
    /** Where jena-fuseki-ui keeps the UI's files on the class path. */
    private static final String UI_FILES = "webapp";

    @Override
    public String name() {
        return "sco-kg Fuseki UI (query pages only)";
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        Resource files = ResourceFactory.closeable().newClassLoaderResource(UI_FILES);
        if (files == null) {
            Fuseki.configLog.warn("{}: no '{}' on the class path (jena-fuseki-ui): no UI", name(), UI_FILES);
            return;
        }
        builder.staticFileBase(files.getURI().toString())
                .addServlet("/$/server", new DatasetList())
                .addServlet("/$/stats/*", new EndpointList())
                .enablePing(true);
    }

    /** {@code {"datasets": [...]}}: Fuseki's description of each dataset and its services. */
    private static final class DatasetList extends ActionCtl {
        @Override
        public void validate(HttpAction action) {
            onlyRead(action);
        }

        @Override
        public void execute(HttpAction action) {
            JsonBuilder builder = new JsonBuilder().startObject().key(ServerConst.datasets);
            JsonDescription.arrayDatasets(builder, action.getDataAccessPointRegistry());
            ServletOps.sendJsonReponse(action, builder.finishObject().build());
        }
    }

    /**
     * {@code {"datasets": {"/sco": {"endpoints": {"sparql": {"operation": "query", "description": ...}}}}}}
     * for one dataset ({@code /$/stats/sco}) or all ({@code /$/stats}): the shape of Fuseki's
     * statistics without the counters.
     */
    private static final class EndpointList extends ActionContainerItem {
        /** The key Fuseki's statistics give an endpoint without a name (the dataset's own URL). */
        private static final String UNNAMED = "_";

        @Override
        public void validate(HttpAction action) {
            onlyRead(action);
        }

        @Override
        protected JsonValue execGetContainer(HttpAction action) {
            JsonBuilder builder = new JsonBuilder().startObject().key(ServerConst.datasets).startObject();
            action.getDataAccessPointRegistry().forEach((name, dataset) -> describe(builder, dataset));
            return builder.finishObject().finishObject().build();
        }

        @Override
        protected JsonValue execGetItem(HttpAction action) {
            DataAccessPoint dataset = getItemDataAccessPoint(action, getItemDatasetName(action));
            if (dataset == null) {
                ServletOps.errorNotFound("No such dataset: see /$/server for the datasets of this server");
            }
            JsonBuilder builder = new JsonBuilder().startObject().key(ServerConst.datasets).startObject();
            describe(builder, dataset);
            return builder.finishObject().finishObject().build();
        }

        // validate() lets no POST through; these are Fuseki's to call.
        @Override
        protected JsonValue execPostContainer(HttpAction action) {
            onlyRead(action);
            return null;
        }

        @Override
        protected JsonValue execPostItem(HttpAction action) {
            onlyRead(action);
            return null;
        }

        private static void describe(JsonBuilder builder, DataAccessPoint dataset) {
            builder.key(dataset.getName()).startObject().key(ServerConst.endpoints).startObject();
            int unnamed = 0;
            for (Operation operation : dataset.getDataService().getOperations()) {
                for (Endpoint endpoint : dataset.getDataService().getEndpoints(operation)) {
                    String key = endpoint.getName().isEmpty() ? UNNAMED + (++unnamed) : endpoint.getName();
                    builder.key(key).startObject()
                            .key(ServerConst.operation).value(operation.getJsonName())
                            .key(ServerConst.description).value(operation.getDescription())
                            .finishObject();
                }
            }
            builder.finishObject().finishObject();
        }
    }

    private static void onlyRead(HttpAction action) {
        String method = action.getRequestMethod();
        if (!method.equals(HttpNames.METHOD_GET) && !method.equals(HttpNames.METHOD_HEAD)) {
            ServletOps.errorMethodNotAllowed(method + ": " + action.getActionURI() + " is read-only, use GET");
        }
    }
}
