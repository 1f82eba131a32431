package org.scokg.server.endpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.sse.SSE;
import org.junit.jupiter.api.Test;

/**
 * Issue 10, item 5: the heap stays bounded. The guard is driven by an injected heap reading, so no real
 * memory pressure is needed: below the fraction nothing happens; at it, every running query is
 * aborted and forgotten, and the query says so when it next reads a row.
 */
class HeapGuardTest {
    private final DatasetGraph data = SSE.parseDatasetGraph("(dataset (graph (:s :p 1) (:s :p 2)))");
    private double heapInUse = 0.5;
    private final HeapGuard guard = new HeapGuard(0.7, () -> heapInUse);

    private QueryExec query() {
        return QueryExec.dataset(data).query("SELECT * { ?s ?p ?o }").build();
    }

    @Test
    void belowTheFractionTheQueriesRunOn() {
        QueryExec execution = query();
        try (HeapGuard.Running running = guard.register(execution)) {
            guard.check();
            assertFalse(running.abortedForMemory());
            assertEquals(1, guard.runningCount());
            assertEquals(2, execution.select().rewindable().size());
        }
        assertEquals(0, guard.runningCount(), "closed, the registration is gone");
    }

    @Test
    void atTheFractionEveryRunningQueryIsAbortedAndForgotten() {
        QueryExec first = query();
        QueryExec second = query();
        RowSet started = first.select();
        try (HeapGuard.Running one = guard.register(first); HeapGuard.Running two = guard.register(second)) {
            heapInUse = 0.7;
            guard.check();
            assertTrue(one.abortedForMemory() && two.abortedForMemory());
            assertEquals(0, guard.runningCount(), "the aborted queries are unregistered");
            assertThrows(QueryCancelledException.class, () -> started.forEachRemaining(row -> {}), "a query under way stops");
            assertThrows(QueryCancelledException.class, () -> second.select().forEachRemaining(row -> {}), "a query not yet started too");
        }
    }

    @Test
    void aQueryThatHasEndedIsNotAborted() {
        QueryExec execution = query();
        HeapGuard.Running running = guard.register(execution);
        running.close();
        heapInUse = 0.9;
        guard.check();
        assertFalse(running.abortedForMemory());
        assertEquals(2, execution.select().rewindable().size(), "it was left alone");
    }
}
