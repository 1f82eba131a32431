package org.scokg.server.ld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Data computed from the whole database: once per state, in the background, served stale, never queued behind. */
class RefreshingCacheTest {
    private static final long BOUND = 30;

    private final ExecutorService background = Executors.newSingleThreadExecutor();
    private final ExecutorService visitors = Executors.newFixedThreadPool(8);
    private final AtomicReference<String> state = new AtomicReference<>("state-1");
    private final AtomicInteger runs = new AtomicInteger();
    private volatile CountDownLatch gate = new CountDownLatch(0);

    @AfterEach
    void stop() {
        gate.countDown();
        background.shutdownNow();
        visitors.shutdownNow();
    }

    private RefreshingCache<String> cache(Duration firstWait) {
        return new RefreshingCache<>("test value", state::get, () -> {
            try {
                gate.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return "value " + runs.incrementAndGet() + " of " + state.get();
        }, background, firstWait);
    }

    @Test
    void computedOncePerStateWhateverTheRequests() {
        RefreshingCache<String> cache = cache(Duration.ofSeconds(BOUND));
        for (int i = 0; i < 100; i++) {
            assertEquals("value 1 of state-1", cache.get().value());
        }
        assertEquals(1, cache.computations());
        state.set("state-2");
        String fresh = awaitValueFor(cache, "state-2");
        assertEquals("value 2 of state-2", fresh);
        for (int i = 0; i < 100; i++) {
            cache.get();
        }
        assertEquals(2, cache.computations(), "one computation per state, none per request");
    }

    @Test
    void whileANewValueIsComputedEveryRequestGetsTheLatestAtOnce() throws Exception {
        RefreshingCache<String> cache = cache(Duration.ofSeconds(BOUND));
        assertEquals("value 1 of state-1", cache.get().value());
        gate = new CountDownLatch(1); // the next computation cannot finish until the gate opens
        state.set("state-2");
        List<Future<RefreshingCache.Versioned<String>>> answers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            answers.add(visitors.submit(cache::get));
        }
        for (Future<RefreshingCache.Versioned<String>> answer : answers) {
            // Were a request to wait for the computation, it would never answer while the gate is shut.
            RefreshingCache.Versioned<String> got = answer.get(BOUND, TimeUnit.SECONDS);
            assertEquals("value 1 of state-1", got.value());
            assertEquals("state-1", got.fingerprint(), "the stale value says which state it is of");
        }
        assertEquals(2, cache.computations(), "eight requests, one computation");
        gate.countDown();
        assertEquals("value 2 of state-2", awaitValueFor(cache, "state-2"));
        assertEquals(2, cache.computations());
    }

    @Test
    void theFirstValueIsWaitedForABoundedTimeOnly() throws Exception {
        gate = new CountDownLatch(1);
        RefreshingCache<String> cache = cache(Duration.ofMillis(50));
        cache.refresh(); // as at start-up
        StillComputingException e = assertThrows(StillComputingException.class, cache::get);
        assertTrue(e.getMessage().contains("test value"), e.getMessage());
        assertTrue(e.retryAfterSeconds() >= 1);
        assertEquals(1, cache.computations(), "the refresh at start-up is the one computation, not one per request");
        gate.countDown();
        assertEquals("value 1 of state-1", awaitValueFor(cache, "state-1"));
    }

    /** Polls until the value is that of the state, within the bound. */
    private static String awaitValueFor(RefreshingCache<String> cache, String fingerprint) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(BOUND);
        while (System.nanoTime() < deadline) {
            try {
                RefreshingCache.Versioned<String> v = cache.get();
                if (v.fingerprint().equals(fingerprint)) {
                    return v.value();
                }
            } catch (StillComputingException e) {
                // not yet
            }
            Thread.onSpinWait();
        }
        throw new AssertionError("no value for " + fingerprint + " within " + BOUND + " s");
    }
}
