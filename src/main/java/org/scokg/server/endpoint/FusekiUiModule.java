package org.scokg.server.endpoint;

import java.util.Set;
import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.fuseki.mod.ui.ActionStats;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.web.HttpNames;
import org.eclipse.jetty.util.resource.Resource;
import org.eclipse.jetty.util.resource.ResourceFactory;

/**
 * The Fuseki UI's files ({@code /?ui#/dataset/sco/query}) and the read-only addresses its query page
 * calls, GET only: {@code /$/server}, the list of datasets and endpoints the page takes its endpoint
 * from; {@code /$/stats/*}, the request counters it loads with the dataset (without them it shows an
 * error on every visit); and {@code /$/ping}, the server-status light.
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
                .addServlet("/$/server", new ReadOnlyServerStatus())
                .addServlet("/$/stats/*", new ReadOnlyStats())
                .enablePing(true);
    }

    /** Fuseki's server description, which also answers POST; here GET and HEAD only. */
    private static final class ReadOnlyServerStatus extends ActionServerStatus {
        @Override
        public void validate(HttpAction action) {
            onlyRead(action);
        }
    }

    /** Fuseki's request counters, which also answer POST; here GET and HEAD only. */
    private static final class ReadOnlyStats extends ActionStats {
        @Override
        public void validate(HttpAction action) {
            onlyRead(action);
        }
    }

    private static void onlyRead(HttpAction action) {
        String method = action.getRequestMethod();
        if (!method.equals(HttpNames.METHOD_GET) && !method.equals(HttpNames.METHOD_HEAD)) {
            ServletOps.errorMethodNotAllowed(method + ": " + action.getActionURI() + " is read-only, use GET");
        }
    }
}
