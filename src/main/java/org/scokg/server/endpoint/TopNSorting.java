package org.scokg.server.endpoint;

import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.OpWalker;
import org.apache.jena.sparql.algebra.op.OpDistinct;
import org.apache.jena.sparql.algebra.op.OpSlice;
import org.apache.jena.sparql.util.Context;

/**
 * Whether a query may use ARQ's top-N sort, which keeps only the first n rows of an
 * {@code ORDER BY ... LIMIT n}. The public endpoint raises ARQ's threshold for it to
 * {@code maxRows + 2} ({@link PublicEndpointModule}), so that a top-level {@code ORDER BY} holds no
 * more rows than a result may have. But when a {@code DISTINCT} is under the slice, ARQ's top-N
 * (QueryIterTopN) keeps it distinct by searching its whole heap for each row of the input: work of
 * input rows times n, which at n = 50,001 made the competency queries (all {@code DISTINCT ... ORDER
 * BY}) 2 to over 10 times slower than on a plain Fuseki, and let one query keep a core busy until its
 * timeout. Such a query is sorted in full instead, as a plain Fuseki sorts it, its DISTINCT and sort
 * spilling to disk past {@code sco.query.spillThreshold}. Below ARQ's own threshold the search is
 * as cheap as a plain Fuseki makes it, and top-N stays.
 */
final class TopNSorting {
    /** ARQ's default {@code arq:topNSortingThreshold}: the largest top-N a plain Fuseki keeps distinct by searching its heap. */
    static final long ARQ_DEFAULT_THRESHOLD = 1000;

    private TopNSorting() {}

    /** Turns ARQ's top-N sorting off in the context of this query's execution when it would search a large heap for each row. */
    static void applyTo(Context context, Query query) {
        if (hasLargeDistinctSlice(Algebra.compile(query))) {
            context.set(ARQ.optTopNSorting, false);
        }
    }

    /** Whether any slice (the query's or a subquery's) of at least ARQ's default threshold rows is directly over a DISTINCT. */
    static boolean hasLargeDistinctSlice(Op op) {
        boolean[] found = {false};
        OpWalker.walk(op, new OpVisitorBase() {
            @Override
            public void visit(OpSlice slice) {
                // An OFFSET without a LIMIT is never a top-N.
                if (slice.getSubOp() instanceof OpDistinct && slice.getLength() != Query.NOLIMIT
                        && slice.getLength() + Math.max(slice.getStart(), 0) >= ARQ_DEFAULT_THRESHOLD) {
                    found[0] = true;
                }
            }
        });
        return found[0];
    }
}
