package org.scokg.bench;

import java.nio.file.Path;
import java.util.function.Function;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.scokg.rdf.Iris;
import org.scokg.store.KnowledgeStore;

/**
 * The benchmark's databases, each opened for one step and let go of afterwards, so that the next step
 * (another connection, tdbloader's process, the server) finds it as a fresh process would.
 */
final class DatabaseFiles {
    private DatabaseFiles() {}

    /** What {@code action} makes of the database at {@code directory}, opened as the store opens it. */
    static <T> T using(Path directory, Function<KnowledgeStore, T> action) {
        KnowledgeStore store = KnowledgeStore.open(directory, Iris.standard());
        DatasetGraph dsg = store.dataset().asDatasetGraph();
        try {
            return action.apply(store);
        } finally {
            store.close();
            TDBInternal.expel(dsg, true);
        }
    }

    /** The quads of the database, default graph included. */
    static long quads(Path directory) {
        return using(directory, store -> {
            DatasetGraph dsg = store.dataset().asDatasetGraph();
            return Txn.calculateRead(dsg, () -> Iter.count(dsg.find()));
        });
    }
}
