package org.scokg.server.endpoint;

import org.apache.jena.fuseki.servlets.GSP_R;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;

/**
 * Fuseki's read-only Graph Store Protocol, where the default graph ({@code ?default}) is the union of
 * the named graphs, as it is for SPARQL queries on this dataset. TDB2's union default graph is a
 * setting of query execution only: the stored default graph, which Fuseki's GSP reads, is empty.
 * {@code ?graph=IRI} still reads one named graph; a quads request (no {@code ?default} or
 * {@code ?graph}) still reads the dataset as stored, so that no triple is sent twice.
 */
public final class UnionDefaultGraphRead extends GSP_R {
    @Override
    protected DatasetGraph decideDataset(HttpAction action) {
        DatasetGraph dataset = super.decideDataset(action);
        return isQuads(action) ? dataset : new UnionAsDefault(dataset);
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
