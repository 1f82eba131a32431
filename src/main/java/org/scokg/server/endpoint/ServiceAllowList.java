package org.scokg.server.endpoint;

import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.service.single.ChainingServiceExecutor;
import org.apache.jena.sparql.service.single.ServiceExecutor;

/**
 * The first link of the SERVICE executor chain of a public query: a SERVICE call goes on to Jena's
 * HTTP executor only when its endpoint is on the allow-list ({@code sco.service.allow}); any other
 * is refused before a connection is made, SILENT or not, since it is the server's policy and not a
 * failure of the remote endpoint.
 */
final class ServiceAllowList implements ChainingServiceExecutor {
    private final QueryLimits limits;

    ServiceAllowList(QueryLimits limits) {
        this.limits = limits;
    }

    @Override
    public QueryIterator createExecution(OpService opExecute, OpService opOriginal, Binding binding, ExecutionContext execCxt,
            ServiceExecutor chain) {
        String endpoint = opExecute.getService().isURI() ? opExecute.getService().getURI() : opExecute.getService().toString();
        if (!limits.serviceAllowed(endpoint)) {
            throw new QueryDeniedException("SERVICE <" + endpoint + "> is not allowed on this server: SERVICE may only call "
                    + (limits.serviceAllowList().isEmpty() ? "no endpoint (it is off)" : "the endpoints of sco.service.allow")
                    + "; query this endpoint's own data instead");
        }
        return chain.createExecution(opExecute, opOriginal, binding, execCxt);
    }
}
