package org.scokg.server.endpoint;

import java.util.Set;
import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiAutoModule;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.rdf.model.Model;

/**
 * Makes the SPARQL query and Graph Store read operations of every dataset of the server fit to be
 * public: queries run under {@link QueryLimits} ({@link BoundedQueryProcessor}) and are aborted when
 * the heap is nearly full ({@link HeapGuard}), and the graph
 * store's default graph is the union of the named graphs ({@link UnionDefaultGraphRead}). Found by
 * the ServiceLoader in a plain Fuseki too ({@code fuseki-config/config.ttl}), where the limits come
 * from system properties.
 */
public final class PublicEndpointModule implements FusekiAutoModule {
    private final QueryLimits limits;
    private HeapWatch heapWatch;

    /** For the ServiceLoader: the limits of the system properties. */
    public PublicEndpointModule() {
        this(QueryLimits.fromSystemProperties());
    }

    public PublicEndpointModule(QueryLimits limits) {
        this.limits = limits;
    }

    @Override
    public String name() {
        return "sco-kg public endpoints";
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        HeapGuard heapGuard = new HeapGuard(limits.heapFraction(), HeapWatch::heapInUseAfterCollection);
        heapWatch = HeapWatch.start(heapGuard);
        builder.registerOperation(Operation.Query, new BoundedQueryProcessor(limits, heapGuard))
                .registerOperation(Operation.GSP_R, new UnionDefaultGraphRead(limits));
        raiseTopNThreshold(limits.maxRows() + 1);
        Fuseki.configLog.info("{}: at most {} rows and {} characters a result, {} ms to the first row, {} ms a query, "
                + "aborted past {} of the heap, SERVICE {}", name(), limits.maxRows(), limits.maxBytes(), limits.initialTimeoutMillis(),
                limits.timeoutMillis(), limits.heapFraction(), limits.serviceAllowList().isEmpty() ? "off" : "to " + limits.serviceAllowList());
    }

    @Override
    public void serverStopped(FusekiServer server) {
        if (heapWatch != null) {
            heapWatch.stop();
        }
    }

    /**
     * ARQ sorts {@code ORDER BY ... LIMIT n} keeping only the top n rows when n is below this
     * threshold, which ARQ reads from its global context only; {@link BoundedQueryProcessor} gives
     * every SELECT a limit of {@code maxRows + 1}, so the threshold must be above that for a sort to
     * hold no more rows than a result may have. Only ever raised, as other servers in the JVM may
     * rely on a higher one.
     */
    static synchronized void raiseTopNThreshold(long rows) {
        Object current = ARQ.getContext().get(ARQ.topNSortingThreshold);
        long threshold = current instanceof Number n ? n.longValue() : 0;
        if (threshold <= rows) {
            ARQ.getContext().set(ARQ.topNSortingThreshold, rows + 1);
        }
    }
}
