package org.scokg.server.endpoint;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.web.HttpSC;

/**
 * Fuseki's SPARQL query operation on a dataset, with the {@link QueryLimits} of a public endpoint:
 * <ul>
 * <li>the whole result is gathered, within its row and size budget, before the first byte is sent,
 *     so that a timeout or an overrun is an HTTP error with a message, not a 200 cut short;</li>
 * <li>a SELECT asks the engine for at most one row more than the limit, which also turns a top-level
 *     ORDER BY into ARQ's top-N sort, holding that many rows instead of the whole input, unless the
 *     query is DISTINCT, which ARQ's top-N would make slow ({@link TopNSorting});</li>
 * <li>sorts and DISTINCT deeper in the query spill to disk past the spill threshold;</li>
 * <li>the query timeouts, first row and overall (a client's {@code timeout} parameter can only
 *     shorten them);</li>
 * <li>SERVICE only to the allow-list, by default Wikidata's query service, and within the same
 *     bounds ({@link ServiceAllowList});</li>
 * <li>each running query registered with the {@link HeapGuard}, which aborts it when the heap is
 *     nearly full.</li>
 * </ul>
 */
public final class BoundedQueryProcessor extends SPARQL_QueryDataset {
    private final QueryLimits limits;
    private final HeapGuard heapGuard;
    private final ServiceAllowList servicePolicy;

    BoundedQueryProcessor(QueryLimits limits, HeapGuard heapGuard) {
        this.limits = limits;
        this.heapGuard = heapGuard;
        this.servicePolicy = new ServiceAllowList(limits);
    }

    @Override
    protected void execute(String queryString, HttpAction action) {
        applyTo(action.getContext());
        super.execute(queryString, action);
    }

    /** The settings of the query execution, in the request's own copy of the context. */
    private void applyTo(Context context) {
        context.set(ARQ.queryTimeout, limits.initialTimeoutMillis() + "," + limits.timeoutMillis());
        context.set(ARQ.spillToDiskThreshold, limits.spillThreshold());
        servicePolicy.applyTo(context);
    }

    @Override
    protected Pair<DatasetGraph, Query> decideDataset(HttpAction action, Query query, String queryStringLog) {
        Pair<DatasetGraph, Query> decided = super.decideDataset(action, query, queryStringLog);
        Query toRun = decided.getRight();
        long enough = limits.maxRows() + 1;
        if (toRun.isSelectType() && (!toRun.hasLimit() || toRun.getLimit() > enough)) {
            toRun = toRun.cloneQuery();
            toRun.setLimit(enough);
        }
        TopNSorting.applyTo(action.getContext(), toRun);
        return Pair.create(decided.getLeft(), toRun);
    }

    @Override
    protected QueryExecResult executeQuery(HttpAction action, QueryExec queryExec, Query requestQuery, String queryStringLog) {
        HeapGuard.Running running = heapGuard.register(queryExec);
        try (running) {
            return gather(action, queryExec, requestQuery, queryStringLog);
        } catch (QueryCancelledException e) {
            if (running.abortedForMemory()) {
                shortOfMemory("more than " + limits.heapFraction() + " of its heap was in use after garbage collection, sco.query.heapFraction");
            } else {
                timedOut();
            }
            return null;
        } catch (OutOfMemoryError e) {
            // A value that grows by doubling (GROUP_CONCAT's string) can ask for more than the free heap in
            // one allocation before any collection has left the heap above the guard's fraction. That
            // allocation fails in this query's own thread, and what the query held is garbage now.
            shortOfMemory("the query asked for more memory at once than the heap had free");
            return null;
        }
    }

    private static void shortOfMemory(String why) {
        ServletOps.error(HttpSC.SERVICE_UNAVAILABLE_503, "The server is short of memory and stopped this query (" + why + "): try a narrower query");
    }

    private void timedOut() {
        ServletOps.error(HttpSC.SERVICE_UNAVAILABLE_503, "Query timed out: this server gives a query " + limits.initialTimeoutMillis()
                + " ms to its first row and " + limits.timeoutMillis() + " ms in all (sco.query.initialTimeout, sco.query.timeout;"
                + " a sort has its first row only once it has read everything): narrow the query");
    }

    /** The whole result, within the budget: a timeout or an overrun ends it before anything is sent. */
    private QueryExecResult gather(HttpAction action, QueryExec queryExec, Query requestQuery, String queryStringLog) {
        ResultBudget budget = new ResultBudget(limits);
        if (requestQuery.isSelectType()) {
            RowSet rows = queryExec.select();
            List<Var> vars = rows.getResultVars();
            List<Binding> gathered = new ArrayList<>();
            rows.forEachRemaining(row -> {
                long size = 0;
                for (Var var : vars) {
                    size += ResultBudget.sizeOf(row.get(var));
                }
                budget.add(size);
                gathered.add(row);
            });
            return new QueryExecResult(RowSetStream.create(vars, gathered.iterator()));
        }
        if (requestQuery.isConstructType()) {
            DatasetGraph result = DatasetGraphFactory.create();
            queryExec.constructQuads().forEachRemaining(quad -> {
                if (!result.contains(quad)) {
                    budget.add(ResultBudget.sizeOf(quad.asTriple()) + ResultBudget.sizeOf(graphOf(quad)));
                    result.add(quad);
                }
            });
            return new QueryExecResult(result);
        }
        if (requestQuery.isDescribeType()) {
            Graph result = GraphFactory.createDefaultGraph();
            queryExec.describeTriples().forEachRemaining(triple -> {
                if (!result.contains(triple)) {
                    budget.add(ResultBudget.sizeOf(triple));
                    result.add(triple);
                }
            });
            return new QueryExecResult(result);
        }
        if (requestQuery.isJsonType()) {
            List<JsonObject> items = new ArrayList<>();
            queryExec.execJsonItems().forEachRemaining(item -> {
                budget.add(item.toString().length());
                items.add(item);
            });
            return new QueryExecResult(items.iterator());
        }
        // ASK: one boolean.
        return super.executeQuery(action, queryExec, requestQuery, queryStringLog);
    }

    private static Node graphOf(Quad quad) {
        return quad.isDefaultGraph() ? null : quad.getGraph();
    }
}
