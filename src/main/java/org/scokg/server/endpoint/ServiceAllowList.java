package org.scokg.server.endpoint;

import java.net.http.HttpClient;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.op.OpSlice;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;
import org.apache.jena.sparql.exec.http.Service;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.service.single.ChainingServiceExecutor;
import org.apache.jena.sparql.service.single.ServiceExecutor;
import org.apache.jena.sparql.util.Context;

/**
 * The SERVICE policy of a public query. A SERVICE call goes on to Jena's HTTP executor only when its
 * endpoint is on the allow-list ({@code sco.service.allow}); any other is refused before a connection
 * is made, SILENT or not, since it is the server's policy and not a failure of the remote endpoint.
 * An allowed call is bounded like the query that makes it:
 * <ul>
 * <li>the remote query asks for one row more than {@code sco.query.maxRows}, and a call that gets
 *     that many, or more characters than {@code sco.query.maxBytes}, is an error: Jena reads a SERVICE
 *     result whole before the query sees it, so the bound has to be on what is asked for;</li>
 * <li>it has the query's overall timeout to its answer (past it, the query ends as a timed-out query
 *     does), and its own HTTP client, which never follows a redirect (an allowed endpoint must not lead
 *     the server to another host);</li>
 * </ul>
 */
final class ServiceAllowList implements ChainingServiceExecutor {
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

    private final QueryLimits limits;
    private final HttpClient httpClient;

    ServiceAllowList(QueryLimits limits) {
        this.limits = limits;
        this.httpClient = HttpClient.newBuilder()
                .connectTimeout(CONNECT_TIMEOUT.compareTo(Duration.ofMillis(limits.timeoutMillis())) < 0
                        ? CONNECT_TIMEOUT : Duration.ofMillis(limits.timeoutMillis()))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** Puts this policy first in the SERVICE chain of a query's own context, with its timeout and HTTP client. */
    void applyTo(Context context) {
        context.set(ARQ.httpServiceAllowed, !limits.serviceAllowList().isEmpty());
        context.set(Service.httpQueryTimeout, limits.timeoutMillis());
        context.set(Service.httpQueryClient, httpClient);
        ServiceExecutorRegistry registry = ServiceExecutorRegistry.chooseRegistry(context).copy();
        registry.addSingleLink(this);
        context.set(ARQConstants.registryServiceExecutors, registry);
    }

    @Override
    public QueryIterator createExecution(OpService opExecute, OpService opOriginal, Binding binding, ExecutionContext execCxt,
            ServiceExecutor chain) {
        String endpoint = opExecute.getService().isURI() ? opExecute.getService().getURI() : opExecute.getService().toString();
        if (!limits.serviceAllowed(endpoint)) {
            throw new QueryDeniedException("SERVICE <" + endpoint + "> is not allowed on this server: SERVICE may only call "
                    + (limits.serviceAllowList().isEmpty() ? "no endpoint (it is off)" : "the endpoints of sco.service.allow, "
                            + String.join(", ", limits.serviceAllowList().stream().sorted().toList()))
                    + "; query this endpoint's own data instead");
        }
        long enough = limits.maxRows() + 1;
        OpService bounded = new OpService(opExecute.getService(), new OpSlice(opExecute.getSubOp(), Long.MIN_VALUE, enough),
                opExecute.getSilent());
        QueryIterator rows;
        try {
            rows = chain.createExecution(bounded, opOriginal, binding, execCxt);
        } catch (RuntimeException e) {
            if (timedOut(e)) {
                // The call used the query's time: the client hears of the timeout, not of a failed connection.
                throw new QueryCancelledException();
            }
            throw e;
        }
        return withinBudget(endpoint, rows);
    }

    private static boolean timedOut(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof HttpTimeoutException) {
                return true;
            }
        }
        return false;
    }

    /** The rows of the call, once they are known to be within the limits. */
    private QueryIterator withinBudget(String endpoint, QueryIterator rows) {
        ResultBudget budget = new ResultBudget(limits, "The result of SERVICE <" + endpoint + ">",
                "narrow the pattern inside SERVICE, for instance with VALUES or a FILTER on the entities this graph holds");
        List<Binding> checked = new ArrayList<>();
        try {
            rows.forEachRemaining(row -> {
                long size = 0;
                for (var vars = row.vars(); vars.hasNext();) {
                    Var var = vars.next();
                    size += ResultBudget.sizeOf(row.get(var));
                }
                budget.add(size);
                checked.add(row);
            });
        } finally {
            rows.close();
        }
        return QueryIterPlainWrapper.create(checked.iterator());
    }
}
