package org.scokg.server.endpoint;

import java.util.Iterator;
import org.apache.jena.fuseki.servlets.GSP_R;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.web.HttpNames;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.system.Txn;

/**
 * Fuseki's read-only Graph Store Protocol, where the default graph ({@code ?default}) is the union of
 * the named graphs, as it is for SPARQL queries on this dataset. TDB2's union default graph is a
 * setting of query execution only: the stored default graph, which Fuseki's GSP reads, is empty.
 * {@code ?graph=IRI} still reads one named graph; a quads request (no {@code ?default} or
 * {@code ?graph}) still reads the dataset as stored, so that no triple is sent twice.
 *
 * <p>A read is bounded like a query result ({@link QueryLimits#maxRows()} triples or quads): the
 * union of every article is the whole database, and writing it as Turtle holds much of it in
 * memory. Whether a read is within the bound is counted before the first byte is sent, stopping at
 * the bound, so a refusal is an error the client sees and costs no more than the bound; the whole
 * dataset is the dump ({@code /dump/sco.nq.gz}), written once per database state to a file.
 */
public final class UnionDefaultGraphRead extends GSP_R {
    private final long maxTriples;

    public UnionDefaultGraphRead(QueryLimits limits) {
        this.maxTriples = limits.maxRows();
    }

    @Override
    protected DatasetGraph decideDataset(HttpAction action) {
        DatasetGraph dataset = super.decideDataset(action);
        return isQuads(action) ? dataset : new UnionAsDefault(dataset);
    }

    @Override
    protected void execGetQuads(HttpAction action) {
        // Before Fuseki's own read transaction begins, the action's active dataset is not set yet.
        DatasetGraph dataset = action.getDataset();
        requireWithinBound(dataset, () -> dataset.find(), "the dataset");
        super.execGetQuads(action);
    }

    @Override
    protected void execGetGSP(HttpAction action) {
        DatasetGraph dataset = new UnionAsDefault(action.getDataset());
        String graph = action.getRequestParameter(HttpNames.paramGraph);
        if (graph == null) {
            requireWithinBound(dataset, () -> dataset.getDefaultGraph().find(), "the default graph (the union of all the articles)");
        } else {
            Node name = NodeFactory.createURI(graph);
            requireWithinBound(dataset, () -> dataset.getGraph(name).find(), "the graph <" + graph + ">");
        }
        super.execGetGSP(action);
    }

    private void requireWithinBound(DatasetGraph dataset, java.util.function.Supplier<Iterator<?>> contents, String what) {
        boolean over = Txn.calculateRead(dataset, () -> {
            Iterator<?> items = contents.get();
            long seen = 0;
            while (items.hasNext() && seen <= maxTriples) {
                items.next();
                seen++;
            }
            return seen > maxTriples;
        });
        if (over) {
            ServletOps.error(422, "The graph store sends at most " + maxTriples + " triples a read (the limit of this server, "
                    + "sco.query.maxRows) and " + what + " has more: read one article with ?graph=<article IRI>, query "
                    + "with LIMIT and OFFSET, or download the whole dataset from /dump/sco.nq.gz");
        }
    }

    private static final class UnionAsDefault extends DatasetGraphWrapper {
        UnionAsDefault(DatasetGraph dataset) {
            super(dataset);
        }

        @Override
        public Graph getDefaultGraph() {
            return getUnionGraph();
        }
    }
}
