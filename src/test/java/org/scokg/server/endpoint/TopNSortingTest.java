package org.scokg.server.endpoint;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.query.ARQ;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.OpWalker;
import org.apache.jena.sparql.algebra.op.OpDistinct;
import org.apache.jena.sparql.algebra.op.OpTopN;
import org.apache.jena.sparql.util.Context;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, item 5: the plan ARQ's optimizer makes of a query under the public endpoint's settings. A
 * DISTINCT under the endpoint's own LIMIT (maxRows + 1) is not kept distinct by ARQ's top-N, which
 * searches its heap for every input row; an ORDER BY without DISTINCT keeps its top-N (the bound on
 * the rows a sort holds), and so does a DISTINCT under a LIMIT as small as a plain Fuseki allows.
 */
class TopNSortingTest {
    static final long ENDPOINT_LIMIT = QueryLimits.DEFAULT_MAX_ROWS + 1;

    @BeforeAll
    static void raiseTheThresholdAsTheEndpointDoes() {
        PublicEndpointModule.raiseTopNThreshold(ENDPOINT_LIMIT);
    }

    /** The optimized plan of the query in the context the endpoint gives its execution. */
    static Op plan(String query) {
        Context context = ARQ.getContext().copy();
        TopNSorting.applyTo(context, QueryFactory.create(query));
        return Algebra.optimize(Algebra.compile(QueryFactory.create(query)), context);
    }

    static boolean hasTopN(Op op, boolean overDistinct) {
        boolean[] found = {false};
        OpWalker.walk(op, new OpVisitorBase() {
            @Override
            public void visit(OpTopN top) {
                found[0] |= !overDistinct || top.getSubOp() instanceof OpDistinct;
            }
        });
        return found[0];
    }

    @Test
    void withoutTheSettingArqKeepsADistinctInItsTopNHeap() {
        // What the setting is for: ARQ's own plan of a competency query's shape under the endpoint's LIMIT.
        String query = "SELECT DISTINCT ?s ?o { GRAPH ?g { ?s ?p ?o } } ORDER BY ?s LIMIT " + ENDPOINT_LIMIT;
        assertTrue(hasTopN(Algebra.optimize(Algebra.compile(QueryFactory.create(query)), ARQ.getContext().copy()), true));
    }

    @Test
    void aDistinctUnderTheEndpointsLimitIsSortedInFull() {
        Op plan = plan("SELECT DISTINCT ?s ?o { GRAPH ?g { ?s ?p ?o } } ORDER BY ?s LIMIT " + ENDPOINT_LIMIT);
        assertFalse(hasTopN(plan, false), plan.toString());
    }

    @Test
    void aDistinctSubqueryWithALargeLimitIsSortedInFull() {
        Op plan = plan("SELECT ?s { { SELECT DISTINCT ?s { ?s ?p ?o } ORDER BY ?s LIMIT 40000 } } LIMIT " + ENDPOINT_LIMIT);
        assertFalse(hasTopN(plan, false), plan.toString());
    }

    @Test
    void anOrderByWithoutDistinctKeepsItsTopN() {
        Op plan = plan("SELECT ?s ?o { ?s ?p ?o } ORDER BY ?s LIMIT " + ENDPOINT_LIMIT);
        assertTrue(hasTopN(plan, false), plan.toString());
    }

    @Test
    void aDistinctUnderASmallLimitKeepsItsTopN() {
        Op plan = plan("SELECT DISTINCT ?s { ?s ?p ?o } ORDER BY ?s LIMIT 10");
        assertTrue(hasTopN(plan, true), plan.toString());
    }

    @Test
    void anOffsetAloneIsNoTopN() {
        Context context = ARQ.getContext().copy();
        TopNSorting.applyTo(context, QueryFactory.create("SELECT DISTINCT ?s { ?s ?p ?o } ORDER BY ?s OFFSET 5000"));
        assertTrue(context.isTrueOrUndef(ARQ.optTopNSorting));
    }
}
