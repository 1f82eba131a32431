package org.scokg.server.endpoint;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.DoubleSupplier;
import org.apache.jena.sparql.exec.QueryExec;

/**
 * Aborts the running public queries when the heap is nearly full. A query whose memory grows inside
 * the engine (an aggregate such as {@code GROUP_CONCAT} over a cross join builds one huge value) passes
 * no row or result limit and would run the heap out before its timeout, failing other requests with
 * {@code OutOfMemoryError}. Memory has no owner per query, so every running query is aborted: its
 * client gets an error and can retry, which is cheaper for all than a server out of memory.
 *
 * <p>The reading is the fraction of the maximum heap in use after the latest garbage collection (not
 * before it, when garbage would count); {@link HeapWatch} has {@link #check} called after each
 * collection that leaves the heap above the fraction.
 */
final class HeapGuard {
    private final double fraction;
    private final DoubleSupplier heapInUse;
    private final Set<Running> running = ConcurrentHashMap.newKeySet();

    /**
     * @param fraction  the fraction of the maximum heap at which the queries are aborted
     * @param heapInUse the fraction of the maximum heap in use now
     */
    HeapGuard(double fraction, DoubleSupplier heapInUse) {
        this.fraction = fraction;
        this.heapInUse = heapInUse;
    }

    double fraction() {
        return fraction;
    }

    /** A query now running, until the returned registration is closed. */
    Running register(QueryExec execution) {
        Running query = new Running(execution);
        running.add(query);
        return query;
    }

    /** Aborts and forgets every running query if the heap in use has reached the fraction. */
    void check() {
        if (heapInUse.getAsDouble() < fraction) {
            return;
        }
        for (Running query : running) {
            query.abort();
        }
    }

    int runningCount() {
        return running.size();
    }

    /** One registered query execution. */
    final class Running implements AutoCloseable {
        private final QueryExec execution;
        private volatile boolean aborted;

        private Running(QueryExec execution) {
            this.execution = execution;
        }

        /** Whether the guard aborted the query: it then ends in a {@code QueryCancelledException}. */
        boolean abortedForMemory() {
            return aborted;
        }

        private void abort() {
            aborted = true;
            running.remove(this);
            execution.abort();
        }

        @Override
        public void close() {
            running.remove(this);
        }
    }
}
