package org.scokg.server;

import java.util.Set;
import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.fuseki.mgt.FusekiServerCtl;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.rdf.model.Model;

/**
 * What the Fuseki UI needs from a server without the admin module, and nothing that changes data:
 * {@code FMod_UI} only installs itself when a server-control object is present (the admin module
 * makes one, along with endpoints to create and delete datasets, which a public read-only server must
 * not have), and the UI lists datasets from {@code /$/server} and checks {@code /$/ping}. Put it before
 * {@code FMod_UI} in the module list.
 */
public final class SparqlUiSupport implements FusekiModule {
    @Override
    public String name() {
        return "sco-kg SPARQL UI support";
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        if (builder.getServletAttribute(Fuseki.attrFusekiServerCtl) == null) {
            // Not set up on disk: FMod_UI only asks it where a local copy of the UI files might be.
            builder.addServletAttribute(Fuseki.attrFusekiServerCtl, new FusekiServerCtl(null));
        }
        builder.addServlet("/$/server", new ActionServerStatus()).enablePing(true).enableStats(true);
    }
}
