package org.scokg.server;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiAutoModule;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.DataAccessPointRegistry;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.rdf.model.Model;
import org.scokg.server.http.CorsFilter;
import org.scokg.server.http.ForwardedVary;
import org.scokg.server.http.RequestBodyDrain;
import org.scokg.server.ld.LinkedDataSettings;
import org.scokg.server.ld.LinkedDataSite;
import org.scokg.store.LoadRecord;
import org.slf4j.Logger;

/**
 * The linked-data front end as a Fuseki module, so the same code serves under {@code sco serve} and
 * under a plain Fuseki started with {@code fuseki-config/config.ttl}, where Java's ServiceLoader
 * finds it ({@code META-INF/services/org.apache.jena.fuseki.main.sys.FusekiAutoModule}).
 *
 * <p>Once Fuseki has built its datasets, the module takes the one it is set to serve ({@code /sco})
 * and adds: {@code /id/*} (303 to the document), {@code /doc/*} (the documents), {@code /def/*} (the
 * ontology), {@code /.well-known/void}, {@code /sitemap.xml}, {@code /robots.txt},
 * {@code /context.jsonld}, {@code /dump/sco.nq.gz}, and a filter for the home page at {@code /} and the service descriptions of
 * the query endpoints. Without that dataset it does nothing, so it is harmless in any other Fuseki.
 */
public final class LinkedDataModule implements FusekiAutoModule {
    private static final Logger LOG = Fuseki.configLog;

    private final LinkedDataSettings fixedSettings;
    private final Clock clock;
    private LinkedDataSite site;

    /** For the ServiceLoader: settings from system properties and the configuration file. */
    public LinkedDataModule() {
        this(null, Clock.systemUTC());
    }

    public LinkedDataModule(LinkedDataSettings settings) {
        this(settings, Clock.systemUTC());
    }

    public LinkedDataModule(LinkedDataSettings settings, Clock clock) {
        this.fixedSettings = settings;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "sco-kg linked data";
    }

    /** The site this module serves, once the server is built; null before, or when it found no dataset. */
    public LinkedDataSite site() {
        return site;
    }

    @Override
    public void configured(FusekiServer.Builder builder, DataAccessPointRegistry registry, Model configModel) {
        LinkedDataSettings settings = fixedSettings != null ? fixedSettings : LinkedDataSettings.fromEnvironment(configModel);
        DataAccessPoint access = registry.get(settings.datasetName());
        if (access == null) {
            LOG.info("{}: no dataset {}, nothing to serve", name(), settings.datasetName());
            return;
        }
        settings.configuredBase().ifPresent(base -> LoadRecord.recordedBase(access.getDataService().getDataset())
                .filter(recorded -> !recorded.equals(base)).ifPresent(recorded -> {
                    throw LoadRecord.baseMismatch("the dataset " + settings.datasetName(), recorded, base,
                            "set ld:base \"" + recorded + "\" in the configuration (or -Dsco.base=" + recorded
                                    + "), or load the articles again into a fresh database with sco load --base " + base);
                }));
        site = new LinkedDataSite(settings, access.getDataService().getDataset(), clock);
        Set<String> queryEndpoints = new LinkedHashSet<>();
        for (Endpoint endpoint : access.getDataService().getEndpoints(Operation.Query)) {
            if (!endpoint.isUnnamed()) {
                queryEndpoints.add(settings.datasetName() + "/" + endpoint.getName());
            }
        }
        SitemapServlet sitemap = new SitemapServlet(site);
        // This module answers CORS for the whole server, Fuseki's own filter would answer preflights
        // for fewer headers and send credentials with '*'.
        builder.enableCors(false, null)
                .addFilter("/*", new CorsFilter())
                .addFilter("/*", new ForwardedVary(settings.trustedProxies()))
                .addFilter("/*", new RequestBodyDrain())
                .addServlet("/id/*", new ResourceRedirectServlet(site))
                .addServlet("/doc/*", new DocumentServlet(site))
                .addServlet("/def/*", new OntologyServlet(site))
                .addServlet("/.well-known/*", new VoidServlet(site))
                .addServlet("/sitemap.xml", sitemap)
                .addServlet("/robots.txt", sitemap)
                .addServlet("/context.jsonld", new ContextServlet(site))
                .addServlet("/dump/*", new DumpServlet(site))
                .addFilter("/*", RootDocuments.filter(site, queryEndpoints));
        LOG.info("{}: {} served as linked data, IRIs under {}, forwarded headers believed from {}", name(),
                settings.datasetName(), settings.configuredBase().orElse("the request's root"), settings.trustedProxies());
    }

    /** The home page, the sitemap, the VoID and the dump are prepared while the server starts, not at the first visit. */
    @Override
    public void serverBeforeStarting(FusekiServer server) {
        if (site != null) {
            site.prepare();
        }
    }

    @Override
    public void serverStopped(FusekiServer server) {
        if (site != null) {
            site.close();
        }
    }
}
